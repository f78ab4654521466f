import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  onFiles(files: File[]): void;
}

/**
 * The file input is the way in, by keyboard or pointer; dropping files on the zone around it is a
 * shortcut for those who can drag.
 */
export function FilePicker({ onFiles }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  // Files chosen before the page finished loading are still in the input.
  useEffect(() => {
    const chosen = input.current?.files;
    if (chosen && chosen.length > 0) onFiles([...chosen]);
    // Once, on mount: the parent's handler is new on every render, and re-running would read the files twice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div
      class={`drop-zone${over ? ' drop-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        onFiles([...(event.dataTransfer?.files ?? [])]);
      }}
    >
      <label for="dashboard-files" class="drop-label">
        Choose result files
      </label>
      <p class="meta" id="dashboard-files-hint">
        The .json files that schools downloaded from an assessment on this site, one per school. Choose several at once,
        or drop them here.
      </p>
      <input
        ref={input}
        id="dashboard-files"
        type="file"
        multiple
        accept=".json,application/json"
        aria-describedby="dashboard-files-hint"
        onChange={(event) => {
          const chosen = event.currentTarget;
          onFiles([...(chosen.files ?? [])]);
          // Emptied, so that choosing the same file again (after fixing it) reads it again.
          chosen.value = '';
        }}
      />
    </div>
  );
}
