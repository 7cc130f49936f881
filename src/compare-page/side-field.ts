/**
 * One side's field on the comparison page: a text area, a file input and a drop zone, with the
 * message and warnings beside them. A chosen or dropped file sets the typed text aside (disabled,
 * never cleared: nothing the reader wrote is lost) until the file is cleared.
 */
import { megabytes } from '../ingest/source-text.ts';
import type { ChosenFile, Side, SideInput } from './side-input.ts';

/** The page's controls of one side, and what the page does with them. */
export interface SideField {
  readonly side: Side;
  /** The side's input as it stands. */
  input(): SideInput;
  /** Shows a problem beside the field, on the control it concerns, or clears it. */
  showProblem(message: string | undefined): void;
  /** Lists what the reader should know about how the side was read. */
  showWarnings(warnings: readonly string[]): void;
  /** The control the reader fixes a problem in: the file input when a file is chosen. */
  problemControl(): HTMLElement;
  /** Counts the reader's changes to the side: what was read of an earlier edition is stale. */
  edition(): number;
}

/** Wires up the side's controls inside `root` (a `.compare-side[data-side]`). */
export function sideField(root: HTMLElement): SideField {
  const side = root.dataset['side'] === 'to' ? 'to' : 'from';
  const label = root.dataset['label'] ?? (side === 'from' ? 'Original' : 'Rewrite');
  const text = required<HTMLTextAreaElement>(root, '[data-text]');
  const fileInput = required<HTMLInputElement>(root, '[data-file]');
  const clear = required<HTMLButtonElement>(root, '[data-clear-file]');
  const status = required<HTMLElement>(root, '[data-file-status]');
  const error = required<HTMLElement>(root, '[data-error]');
  const warnings = required<HTMLElement>(root, '[data-warnings]');
  let chosen: File | undefined;
  let edition = 0;
  text.addEventListener('input', () => (edition += 1));

  const choose = (file: File | undefined): void => {
    edition += 1;
    chosen = file;
    text.disabled = file !== undefined;
    clear.hidden = file === undefined;
    status.textContent =
      file === undefined
        ? ''
        : `Comparing the file ${file.name} (${fileSize(file.size)}); the text above is set aside until you clear the file.`;
    showProblem(undefined);
    warnings.replaceChildren();
  };
  const showProblem = (message: string | undefined): void => {
    error.textContent = message ?? '';
    const control = chosen === undefined ? text : fileInput;
    for (const each of [text, fileInput]) {
      if (message !== undefined && each === control) each.setAttribute('aria-invalid', 'true');
      else each.removeAttribute('aria-invalid');
    }
  };

  fileInput.addEventListener('change', () => choose(fileInput.files?.[0]));
  clear.addEventListener('click', () => {
    fileInput.value = '';
    choose(undefined);
    text.focus();
  });
  root.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    root.dataset['dragging'] = '';
  });
  root.addEventListener('dragleave', () => delete root.dataset['dragging']);
  root.addEventListener('drop', (event) => {
    delete root.dataset['dragging'];
    const files = event.dataTransfer?.files;
    if (files === undefined || files.length === 0) return;
    event.preventDefault();
    // The file input then says which file is in use, as if it had been chosen there.
    fileInput.files = files;
    choose(files[0]);
  });

  return {
    side,
    input: () => ({ label, text: text.value, file: chosen === undefined ? undefined : chosenFile(chosen) }),
    showProblem,
    showWarnings: (list) => {
      warnings.replaceChildren(
        ...list.map((warning) => {
          const item = root.ownerDocument.createElement('li');
          item.textContent = warning;
          return item;
        }),
      );
    },
    problemControl: () => (chosen === undefined ? text : fileInput),
    edition: () => edition,
  };
}

function chosenFile(file: File): ChosenFile {
  return {
    name: file.name,
    size: file.size,
    bytes: async (limit) => new Uint8Array(await (limit === undefined ? file : file.slice(0, limit)).arrayBuffer()),
  };
}

/** A file's size as the field says it: "84 KB", or as messages say megabytes ("2.1 MB"). */
function fileSize(bytes: number): string {
  return bytes < 1_000_000 ? `${Math.max(1, Math.round(bytes / 1000))} KB` : megabytes(bytes);
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (found === null) throw new Error(`The comparison page has no ${selector} in a side.`);
  return found;
}
