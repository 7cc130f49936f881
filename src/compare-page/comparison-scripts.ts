/**
 * The scripts a built comparison page runs (the view in the address, the change navigator), run on
 * a comparison the page has just inserted.
 */
import { initChangeNavigator } from '../scripts/change-navigator.ts';
import { initViewSwitch } from '../scripts/view-switch.ts';

/** Binds the comparison's scripted controls under `root`. */
export function comparisonScripts(root: ParentNode): void {
  initViewSwitch(root);
  initChangeNavigator(root);
}
