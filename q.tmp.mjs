import yaml from 'js-yaml'; import fs from 'node:fs';
const RE = [/罚款|罚金/,/\d\s*元|[一二三四五六七八九十百千万两]元/,/(?:\d|[〇零一二三四五六七八九十]){1,4}\s*(?:年(?!级)|月|日)/,/GB/,/第[一二三四五六七八九十百千零〇\d]+条/];
for (const t of process.argv.slice(2)) { const list = yaml.load(fs.readFileSync('content/quiz/'+t+'.yaml','utf8'));
 for (const q of list) { const s=[q.question,...(q.options??[]),q.explanation].join(' '); const bad=RE.some(r=>r.test(s));
  console.log(q.id, bad?'ADULT':'child', q.type[0], q.sign??'', q.question.slice(0,40)); } }
