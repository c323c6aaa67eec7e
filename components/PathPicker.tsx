import type { MouseEvent, ReactNode } from 'react';

/** A path as a picker lists it. */
export interface PathChoice {
  uid: string;
  name: string;
}

export interface PathPickerProps {
  /** The paths to choose from (the non-archived ones, by name). */
  paths: readonly PathChoice[];
  /** The uids ticked now. A uid not among `paths` (an archived path) is kept as it is. */
  selected: readonly string[];
  onChange: (next: string[]) => void;
  legend?: string;
  /** A line under the legend (the meeting form says what an unset choice means). */
  hint?: ReactNode;
  disabled?: boolean;
  /** Where "Add a career path" leads: the options page's `#paths` by default. */
  pathsHref?: string;
  /** Opens the paths page another way (the sidebar frame asks the background to). */
  onOpenPaths?: () => void;
}

/**
 * Which career paths a contact or a conversation belongs to: one checkbox per path. With no
 * paths yet it shows only a short hint linking to where paths are made.
 */
export function PathPicker({ paths, selected, onChange, legend = 'Career paths', hint, disabled, pathsHref = '#paths', onOpenPaths }: PathPickerProps) {
  if (paths.length === 0) {
    const open = onOpenPaths
      ? (event: MouseEvent) => {
          event.preventDefault();
          onOpenPaths();
        }
      : undefined;
    return (
      <p className="hint">
        No career paths yet.{' '}
        <a href={pathsHref} onClick={open}>
          Add a career path
        </a>{' '}
        to group your conversations by the path they explore.
      </p>
    );
  }
  const ticked = new Set(selected);
  const toggle = (uid: string, on: boolean) => onChange(on ? [...selected.filter((each) => each !== uid), uid] : selected.filter((each) => each !== uid));
  return (
    <fieldset className="path-picker" disabled={disabled}>
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <div className="row">
        {paths.map((path) => (
          <label key={path.uid} className="row" style={{ gap: 4 }}>
            <input type="checkbox" checked={ticked.has(path.uid)} onChange={(event) => toggle(path.uid, event.target.checked)} />
            {path.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The names of `uids` among `paths`, in the paths' order ("Regulatory affairs, UX research"). */
export function pathNames(paths: readonly PathChoice[], uids: readonly string[] | undefined): string[] {
  const chosen = new Set(uids ?? []);
  return paths.filter((path) => chosen.has(path.uid)).map((path) => path.name);
}
