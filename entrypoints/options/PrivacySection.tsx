// The policy shown is the repository's PRIVACY.md itself, bundled at build time: one text, no copy to drift.
import policy from '@/PRIVACY.md?raw';

/** The privacy policy (PRIVACY.md), as plain text. */
export function PrivacySection() {
  return (
    <section className="stack" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Privacy policy</h2>
      <div className="card privacy-policy">{policy.replace(/^# .*\n+/u, '')}</div>
    </section>
  );
}
