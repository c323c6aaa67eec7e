export function BackupSection() {
  return <section><h2>Backup</h2></section>;
}
