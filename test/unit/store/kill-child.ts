// Child for the kill test: saves one article in a loop and prints "ACK n" after each durable save.
import { DataStore } from '../../../main/core/store/data-store';
import { ArticleRepo } from '../../../main/core/articles/repo';

const [dir, id] = process.argv.slice(2);
const store = await DataStore.open(dir, { snapshotIntervalMs: 50 });
const repo = new ArticleRepo(store, 20);
const current = await repo.get(id);
let n = Number(/save (\d+)/.exec(current.title)?.[1] ?? 0);
process.stdout.write('READY\n');
for (;;) {
  n++;
  // Title and body carry the same counter: a torn or mixed write would show as a mismatch.
  await repo.save(id, { title: `save ${n}`, body: `<p>${'isi '.repeat(200 + (n % 50))}${n}</p>` });
  process.stdout.write(`ACK ${n}\n`);
}
