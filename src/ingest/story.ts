/**
 * Ingest of one story folder, pure: bytes in, generated files out. The script around it does the
 * reading and writing; this module decides what the story is and what each generated file says.
 */
import type { ArticleFrontmatter, StorySummary } from '../article-file/index.ts';
import { articleFileText } from '../article-file/index.ts';
import { documentFrontmatter } from './document-frontmatter.ts';
import type { SourceArticle } from './source-article.ts';
import type { StoryConfig, VersionConfig } from './story-config.ts';
import { IngestError } from './errors.ts';
import { ARTICLE_FILE, parseArticleSource } from './formats.ts';
import { areNormalisationTwins, findByNormalisedName, lookalikeNote } from './lookalike-names.ts';
import { slugify } from './slug.ts';
import { parseStoryConfig } from './story-config.ts';
import { versionHost } from './version-host.ts';
import { versionLabels } from './version-labels.ts';

export { ARTICLE_FILE };

/** One article file of a story folder. */
export interface SourceFile {
  /** The file name inside the story folder. */
  readonly name: string;
  /** The path shown to people and written into frontmatter, relative to the project root. */
  readonly path: string;
  readonly bytes: Uint8Array;
  /** SHA-256 of the bytes, hex. Computed by the caller, which has the crypto library. */
  readonly sha256: string;
}

/** A story folder as the script found it. */
export interface StoryFolder {
  /** The folder name; the story's slug is made from it. */
  readonly name: string;
  readonly files: readonly SourceFile[];
  /** The folder's story.yaml, when it has one. */
  readonly config: { readonly path: string; readonly text: string } | undefined;
}

/** A file ingest generates, with its path relative to the articles folder. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

/** What ingest made of one story. */
export interface IngestedStory {
  readonly slug: string;
  readonly files: readonly GeneratedFile[];
  readonly warnings: readonly string[];
}

/** The name of the generated story summary inside each story's output folder. */
export const STORY_SUMMARY_FILE = 'story.json';

/** Told of each article file as ingest starts to read it, so that a caller can say which one is slow. */
export interface IngestWatch {
  readonly reading?: (path: string) => void;
}

/** Ingests one story folder; throws IngestError naming the file at fault. */
export function ingestStory(folder: StoryFolder, watch: IngestWatch = {}): IngestedStory {
  const slug = slugify(folder.name);
  if (slug === '') {
    throw new IngestError({
      file: folder.name,
      problem: 'a story folder name must contain at least one Latin letter or digit, to make its URL.',
      fix: 'rename the folder, e.g. "ukraine-peace-talks".',
    });
  }
  const config = folder.config === undefined ? {} : parseStoryConfig(folder.config.text, folder.config.path);
  const versions = planVersions(folder, config);

  const warnings: string[] = [];
  const articles = versions.map((version, order) => {
    watch.reading?.(version.file.path);
    const parsed = parseArticleSource({ ...version.file, charset: version.charset });
    warnings.push(...parsed.warnings);
    return { version, order, parsed };
  });
  const original = articles.find(({ version }) => version.original) ?? articles[0];
  if (original === undefined) {
    throw new IngestError({
      file: folder.name,
      problem: 'the story folder holds no article file (.txt, .md, .markdown, .html or .htm).',
      fix: 'add the article versions as plain-text, Markdown or HTML files, or remove the folder.',
    });
  }

  const labels = versionLabels(
    articles.map(({ version, parsed }) => ({
      file: version.file.name,
      given: version.label,
      outlet: parsed.outlet,
      // A fetched page's host stands in for a missing outlet; a file saved by hand has none.
      host: version.fetched === undefined ? undefined : versionHost(version.url ?? parsed.url ?? version.fetched),
      published: parsed.document.published?.iso,
      updated: parsed.document.updated?.iso,
      original: version.original,
    })),
    {
      file: folder.config?.path ?? folder.name,
      fix: 'give each version its own label in story.yaml (versions: - file: … / label: …).',
    },
  );
  const files: GeneratedFile[] = articles.map(({ version, order, parsed }) => ({
    path: `${slug}/${version.slug}.md`,
    content: articleMarkdown(
      slug,
      { ...version, label: labels[order]!, given: version.label !== undefined },
      order,
      parsed,
    ),
  }));
  const summary: StorySummary = {
    slug,
    title: config.title ?? original.parsed.document.headline,
    original: original.version.slug,
    versions: versions.map((version) => version.slug),
  };
  files.push({ path: `${slug}/${STORY_SUMMARY_FILE}`, content: `${JSON.stringify(summary, null, 2)}\n` });
  return { slug, files, warnings };
}

/** A version as the story plans it: its file and what story.yaml (or the defaults) say of it. */
interface PlannedVersion {
  readonly file: SourceFile;
  readonly slug: string;
  /** Undefined when story.yaml gives none: one is made (version-labels.ts). */
  readonly label: string | undefined;
  readonly original: boolean;
  readonly url: string | undefined;
  readonly retrieved: string | undefined;
  /** For a page `npm run add` fetched, the address it was read from in the end. */
  readonly fetched: string | undefined;
  /** The charset the server sent the file in, when `add` fetched it. */
  readonly charset: 'utf-8' | 'windows-1252' | undefined;
}

function planVersions(folder: StoryFolder, config: StoryConfig): PlannedVersion[] {
  const configPath = folder.config?.path ?? folder.name;
  const byName = new Map(folder.files.map((file) => [file.name, file]));
  // A name typed in the other Unicode form than the file's (see ./lookalike-names.ts) is that file.
  const fileNamed = (name: string): string =>
    byName.has(name) ? name : (findByNormalisedName(byName.keys(), name) ?? name);
  const listed: readonly VersionConfig[] = (config.versions ?? [...byName.keys()].sort().map((file) => ({ file }))).map(
    (entry) => ({ ...entry, file: fileNamed(entry.file) }),
  );

  for (const entry of listed) {
    if (!byName.has(entry.file)) {
      throw new IngestError({
        file: configPath,
        problem: `versions lists "${entry.file}", which is not in the story folder.`,
        fix: `check the spelling; the folder holds ${describeFiles(byName.keys())}.`,
      });
    }
  }
  const unlisted = [...byName.keys()].filter((name) => !listed.some((entry) => entry.file === name));
  if (unlisted.length > 0) {
    throw new IngestError({
      file: configPath,
      problem: `${describeFiles(unlisted)} ${unlisted.length === 1 ? 'is' : 'are'} in the story folder but not under versions.`,
      fix: 'add each article file under versions, or move it out of the folder.',
    });
  }
  const originalFile = config.original === undefined ? listed[0]?.file : fileNamed(config.original);
  if (originalFile !== undefined && !byName.has(originalFile)) {
    throw new IngestError({
      file: configPath,
      problem: `original names "${config.original}", which is not one of the story's versions.`,
      fix: `name one of ${describeFiles(byName.keys())}.`,
    });
  }

  const seen = new Map<string, string>();
  return listed.map((entry) => {
    const slug = entry.slug ?? slugify(entry.file.replace(ARTICLE_FILE, ''));
    const clash = seen.get(slug);
    if (slug === '' || clash !== undefined) {
      throw new IngestError({
        file: configPath,
        problem:
          slug === ''
            ? `"${entry.file}" makes no URL slug (it has no Latin letter or digit).`
            : `"${entry.file}" and "${clash}" would both be published as version "${slug}".${lookalikeNote(entry.file, clash ?? '')}`,
        fix:
          clash !== undefined && areNormalisationTwins(entry.file, clash)
            ? 'keep one of the two files: rename or remove the other.'
            : `give the version its own slug in story.yaml (versions: - file: ${entry.file} / slug: …).`,
      });
    }
    seen.set(slug, entry.file);
    const file = byName.get(entry.file) as SourceFile; // checked above
    return {
      file,
      slug,
      label: entry.label,
      original: entry.file === originalFile,
      url: entry.url,
      retrieved: entry.retrieved,
      fetched: entry.fetched?.final,
      charset: entry.fetched?.charset,
    };
  });
}

function describeFiles(names: Iterable<string>): string {
  const list = [...names].map((name) => `"${name}"`);
  return list.length === 0 ? 'no article file' : list.join(', ');
}

function articleMarkdown(
  story: string,
  version: PlannedVersion & { readonly label: string; readonly given: boolean },
  order: number,
  parsed: SourceArticle,
): string {
  const { document } = parsed;
  // What story.yaml says wins over what the file says of itself.
  const url = version.url ?? parsed.url;
  const frontmatter: ArticleFrontmatter = {
    story,
    version: version.slug,
    label: version.label,
    ...(version.given && { labelGiven: true as const }),
    original: version.original,
    order,
    ...documentFrontmatter(document),
    ...(parsed.outlet !== undefined && { outlet: parsed.outlet }),
    ...(url !== undefined && { url }),
    ...(version.retrieved !== undefined && { retrieved: version.retrieved }),
    source: {
      path: version.file.path,
      sha256: version.file.sha256,
      format: parsed.format,
      ...((document.byline !== undefined || document.published !== undefined || document.updated !== undefined) && {
        lines: {
          ...(document.byline !== undefined && { byline: document.byline.text }),
          ...(document.published !== undefined && { published: document.published.text }),
          ...(document.updated !== undefined && { updated: document.updated.text }),
        },
      }),
    },
  };
  return articleFileText(frontmatter, document.body);
}
