/** Something the user just did that the undo toast can take back (a deletion, a merge). */
export interface Undoable {
  key: string;
  message: string;
  run: () => Promise<unknown>;
}
