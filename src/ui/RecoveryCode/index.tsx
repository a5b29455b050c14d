import './style.css';

/** A recovery code shown large, in groups, easy to copy by hand. */
export function RecoveryCode({ code }: { code: string }) {
  return (
    <p class="recovery-code" translate={false}>
      <code>{code}</code>
    </p>
  );
}
