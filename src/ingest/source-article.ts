/**
 * What every article format's parser returns: the document, what the user should know about how it
 * was read, and where the file says the article was published. Only formats that carry metadata
 * (Markdown frontmatter, a web page's tags) can say the latter; the plain-text format never does.
 */
import type { SourceFormat } from '../article-file/index.ts';
import type { ParsedArticle } from './plain-text.ts';

/** Where the file says the article was published. */
export interface ArticleOrigin {
  /** The outlet that published it ("Reuters"), as the file names it. */
  readonly outlet: string | undefined;
  /** The article's own address (canonical URL), http(s) only. */
  readonly url: string | undefined;
}

/** A parsed article file of any format. */
export interface SourceArticle extends ParsedArticle, ArticleOrigin {
  readonly format: SourceFormat;
}
