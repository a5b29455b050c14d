import { canShareFiles, downloadFile, shareFile } from '../share-file';

/** Save a made file, or hand it to another app where the browser can. */
export function FileActions({ file, save, share }: { file: File; save: string; share: string }) {
  return (
    <>
      <button type="button" class="button button--primary" onClick={() => downloadFile(file)}>
        {save}
      </button>
      {canShareFiles(file) && (
        <button
          type="button"
          class="button"
          onClick={() => void shareFile(file).catch(() => undefined)}
        >
          {share}
        </button>
      )}
    </>
  );
}
