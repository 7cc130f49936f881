/**
 * A share card through the card cache on disk (card-cache.ts): read when it is there, else drawn
 * and kept there. As with reports, a cache that cannot be written does not stop a build: the card
 * is drawn without being kept, and the build says so once.
 */
import type { Report } from '../analysis/index.ts';
import { unwritableCacheWarning } from '../report-files/index.ts';
import { cardCacheDir, cardKey, readCachedCard, writeCachedCard } from './card-cache.ts';
import type { CardLabels } from './card-content.ts';
import { shareCard } from './share-card.ts';

let unwritable = false;

/**
 * The PNG of the share card of the report kept under `reportKey`, from the cache, else drawn and
 * kept there. The report is asked for only when the card must be drawn.
 */
export async function cachedShareCard(
  reportKey: string,
  labels: CardLabels,
  report: () => Report,
): Promise<Uint8Array<ArrayBuffer>> {
  const dir = cardCacheDir();
  const key = cardKey(reportKey, labels);
  const cached = readCachedCard(dir, key);
  if (cached !== undefined) return cached;
  const png = await shareCard(report(), labels);
  if (!unwritable) {
    try {
      writeCachedCard(dir, key, png);
    } catch (error) {
      unwritable = true;
      console.warn(unwritableCacheWarning(dir, error, 'cards'));
    }
  }
  return png;
}
