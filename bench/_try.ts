import { benchIdle } from './idle.js';
import { benchMemory } from './memory.js';
import { benchSize } from './size.js';
import { formatTable, score } from './table.js';
for (const b of [async () => benchSize('out'), benchMemory, benchIdle]) {
const r = await b();
console.log(formatTable(r.rows.map(score)));
console.log(JSON.stringify(r.details).slice(0, 800));
}
