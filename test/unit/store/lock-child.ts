// Child for the lock race test: on "go" tries to take the data-folder lock, answers, and releases on "release".
import { acquireLock, type DataLock } from '../../../main/core/store/lock';

let held: DataLock | null = null;
process.on('message', async (m: { cmd: string; dir?: string }) => {
  if (m.cmd === 'go') {
    try {
      held = await acquireLock(m.dir!);
      process.send!({ held: true });
    } catch (err) {
      process.send!({ held: false, code: (err as { code?: string }).code ?? String(err) });
    }
  } else if (m.cmd === 'release') {
    await held?.release();
    held = null;
    process.send!({ released: true });
  } else if (m.cmd === 'exit') process.exit(0);
});
process.send!({ ready: true });
