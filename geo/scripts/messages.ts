/**
 * npm run messages — after editing messages/<locale>.json: writes the generated Serbian Cyrillic
 * file and compiles every locale's messages (geo:build does the same before it builds).
 */
import { compileMessages } from '../lib/messages';

await compileMessages();
console.log('messages: compiled into src/shared/paraglide/ (and messages/sr-Cyrl.json written)');
// The message compiler leaves timers running: the work is done.
process.exit(0);
