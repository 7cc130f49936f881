/**
 * `npm run add`, pure: article files in, a story folder's plan out (its story.yaml and what was
 * read from each file). The plan is checked by the same ingest the build runs, so a story that
 * `add` accepts is a story the build accepts.
 */
import { stringify } from 'yaml';
import { IngestError } from './errors.ts';
import { parseArticleSource } from './formats.ts';
import type { SourceArticle } from './source-article.ts';
import { slugify } from './slug.ts';
import { withoutTracking } from './tracking-parameters.ts';
import { isHiddenName } from './story-folder-entries.ts';
import type { IngestedStory, SourceFile } from './story.ts';
import { ingestStory } from './story.ts';
import type { StoryConfig, VersionConfig } from './story-config.ts';
import { versionHost } from './version-host.ts';
import { versionLabels } from './version-labels.ts';

/** What the person running `add` asked for. */
export interface NewStoryRequest {
  /** The story's slug: its folder's name and its URL. */
  readonly slug: string;
  /** The article files, in the story's order; copied unchanged into the folder. */
  readonly files: readonly SourceFile[];
  /** Labels given on the command line, by position; a missing one is made (version-labels.ts). */
  readonly labels: readonly string[];
  /** The file name of the original; the first file when not given. */
  readonly original: string | undefined;
  readonly title: string | undefined;
  /** Where story.yaml will be written, for messages. */
  readonly configPath: string;
  /** The story folders already in the sources, other than one of this slug that is replaced. */
  readonly otherStories: readonly { readonly name: string; readonly path: string }[];
  /** By position, where each file came from when `add` fetched it from a link; undefined for a file given. */
  readonly origins?: readonly (FetchedOrigin | undefined)[];
}

/** Where a file `add` fetched from a link came from, for story.yaml. */
export interface FetchedOrigin {
  /** The address of the page a web archive snapshot is of; undefined for any other link. */
  readonly archived: string | undefined;
  /** When the text was seen as it is: when it was fetched, or when the archive saw it (undefined if it does not say). */
  readonly retrieved: string | undefined;
  readonly fetched: NonNullable<VersionConfig['fetched']>;
}

/** What `add` read from one file. */
export interface ReadVersion {
  readonly file: string;
  readonly article: SourceArticle;
  readonly label: string;
  readonly slug: string;
  /** The article's address, as story.yaml records it. */
  readonly url: string | undefined;
  readonly origin: FetchedOrigin | undefined;
}

/** A story folder ready to write. */
export interface NewStoryPlan {
  readonly config: StoryConfig;
  /** story.yaml as it will be written. */
  readonly configText: string;
  readonly versions: readonly ReadVersion[];
  /** The story as the build will ingest it: a plan that gets here is one the build accepts. */
  readonly ingested: IngestedStory;
}

/** Plans a new story folder; throws IngestError naming the file or argument at fault. */
export function planNewStory(request: NewStoryRequest): NewStoryPlan {
  if (slugify(request.slug) !== request.slug || request.slug === '') {
    throw new IngestError({
      file: request.slug,
      problem: 'a story slug must be lower-case letters, digits and single hyphens, for its folder and URL.',
      fix: slugify(request.slug) === '' ? 'use a slug such as "harbour-bridge".' : `use "${slugify(request.slug)}".`,
    });
  }
  // The build publishes a folder under the slug of its name: "Harbour-Bridge" is "harbour-bridge" too.
  const clash = request.otherStories.find((story) => slugify(story.name) === request.slug);
  if (clash !== undefined) {
    throw new IngestError({
      file: clash.path,
      problem: `this story folder would also be published as story "${request.slug}".`,
      fix: `choose another slug for the new story, or rename or remove "${clash.name}" first.`,
    });
  }
  if (request.files.length === 0) {
    throw new IngestError({
      file: request.slug,
      problem: 'no article file was given.',
      fix: 'name the files: npm run add -- <story-slug> FILE...',
    });
  }
  const names = new Set<string>();
  for (const file of request.files) {
    if (isHiddenName(file.name)) {
      throw new IngestError({
        file: file.path,
        problem: 'the file is hidden (its name starts with "."), and the build leaves hidden files out of a story.',
        fix: `rename it without the leading dot (e.g. "${file.name.replace(/^\.+/u, '') || 'article.txt'}") and run add again.`,
      });
    }
    // One file on a file system that ignores case (macOS, Windows): the second would overwrite the first.
    const same = [...names].find((name) => name.toLowerCase() === file.name.toLowerCase());
    if (same !== undefined) {
      throw new IngestError({
        file: file.path,
        problem:
          same === file.name
            ? `two files are both named "${file.name}".`
            : `two files are named "${same}" and "${file.name}", one name on macOS and Windows, which ignore case.`,
        fix: 'rename one: the story folder keeps each file under its own name.',
      });
    }
    names.add(file.name);
  }
  if (request.labels.length > request.files.length) {
    throw new IngestError({
      file: request.slug,
      problem: `${request.labels.length} labels for ${request.files.length} ${request.files.length === 1 ? 'file' : 'files'}.`,
      fix: 'give at most one --label per file, in the files’ order.',
    });
  }
  const original = request.original ?? request.files[0]!.name;
  if (!names.has(original)) {
    throw new IngestError({
      file: original,
      problem: '--original names a file that is not among the files given.',
      fix: `name one of ${[...names].map((name) => `"${name}"`).join(', ')}.`,
    });
  }

  // Read as the build will read them: a fetched page in the charset the server sent, which
  // story.yaml records.
  const articles = request.files.map((file, index) =>
    parseArticleSource({ ...file, charset: request.origins?.[index]?.fetched.charset }),
  );
  // A fetched page's address: the archived page's, else the one the page gives, else where it was
  // read. Campaign parameters (utm_*) say how a link was shared, not which article it is.
  const urls = request.files.map((_file, index) => {
    const origin = request.origins?.[index];
    const found = origin?.archived ?? articles[index]!.url ?? origin?.fetched.final;
    return found === undefined || origin === undefined ? found : withoutTracking(found);
  });
  const labels = versionLabels(
    request.files.map((file, index) => ({
      file: file.path,
      given: request.labels[index],
      outlet: articles[index]!.outlet,
      // A fetched page's host stands in for a missing outlet; a file saved by hand has none.
      host: request.origins?.[index] === undefined ? undefined : versionHost(urls[index]),
      published: articles[index]!.document.published?.iso,
      updated: articles[index]!.document.updated?.iso,
      original: file.name === original,
    })),
    { file: request.slug, fix: 'give each --label a different text, in the files’ order.' },
  );
  const slugs = new Set<string>();
  const versions = request.files.map((file, index): ReadVersion => {
    const article = articles[index]!;
    const label = labels[index]!;
    const origin = request.origins?.[index];
    const url = urls[index];
    const slug = uniqueSlug(
      slugify(label) || slugify(file.name.replace(/\.[^.]+$/u, '')) || `version-${index + 1}`,
      slugs,
    );
    return { file: file.name, article, label, slug, url, origin };
  });

  const config: StoryConfig = {
    ...(request.title !== undefined && { title: request.title }),
    original,
    // Only the labels the user gave: a made one is made again by the build, the same, and a label
    // in story.yaml would read as given (an outlet, for the index's filter) when it is not.
    versions: versions.map((version, index) => ({
      file: version.file,
      slug: version.slug,
      ...(request.labels[index] !== undefined && { label: version.label }),
      ...(version.url !== undefined && { url: version.url }),
      ...(version.origin?.retrieved !== undefined && { retrieved: version.origin.retrieved }),
      ...(version.origin !== undefined && { fetched: version.origin.fetched }),
    })),
  };
  const configText = `# Written by \`npm run add\`; edit freely (see README.md, "Adding a story").\n${stringify(config)}`;
  const ingested = ingestStory({
    name: request.slug,
    files: request.files,
    config: { path: request.configPath, text: configText },
  });
  return { config, configText, versions, ingested };
}

/** A slug not yet taken: "courier", then "courier-2". */
function uniqueSlug(slug: string, taken: Set<string>): string {
  let candidate = slug;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${slug}-${n}`;
  taken.add(candidate);
  return candidate;
}
