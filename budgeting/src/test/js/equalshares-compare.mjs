// Runs the equalshares compute tool (github.com/equalshares/equalshares-compute-tool, MIT) under Node on a .pb
// file, the same way its web page does, and prints its winners and timings as one JSON line. It loads the tool's own
// files from a directory you unpack yourself; none of the tool's code is in this repository. See budgeting/README.md.
//
// usage: node equalshares-compare.mjs <tool-dir> <file.pb> <completion> <add1options> <repetitions>
//   completion:  none | add1 | add1u            (the tool's names)
//   add1options: comma-separated, e.g. exhaustive,integral  or  integral  or  -  for none
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const [toolDir, pbFile, completion, add1options, repetitions] = process.argv.slice(2);
const params = {
    tieBreaking: [],
    completion,
    add1options: add1options === '-' ? [] : add1options.split(','),
    comparison: 'none',
    accuracy: 'floats',
    increment: 1,
};

const parserSource = readFileSync(`${toolDir}/js/pabulibParser.js`, 'utf8');
const { parsePabulibFromString } = await import('data:text/javascript,' + encodeURIComponent(parserSource));

function loadWorker() {
    const messages = [];
    const context = {
        performance,
        console,
        postMessage: message => messages.push(message),
    };
    context.importScripts = path => vm.runInContext(readFileSync(`${toolDir}/js/${path}`, 'utf8'), context);
    vm.createContext(context);
    vm.runInContext(readFileSync(`${toolDir}/js/methodOfEqualSharesWorker.js`, 'utf8'), context);
    return { context, messages };
}

const text = readFileSync(pbFile, 'utf8');
const parseMs = [];
const computeMs = [];
let result;
for (let i = 0; i < Number(repetitions); i++) {
    const worker = loadWorker();
    const t0 = process.hrtime.bigint();
    const instance = parsePabulibFromString(text);
    const t1 = process.hrtime.bigint();
    worker.context.onmessage({ data: { instance, params } });
    const t2 = process.hrtime.bigint();
    parseMs.push(Number(t1 - t0) / 1e6);
    computeMs.push(Number(t2 - t1) / 1e6);
    result = worker.messages.find(m => m.type === 'result');
}
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(JSON.stringify({
    file: pbFile.split('/').pop(),
    completion,
    add1options: params.add1options,
    winners: result.winners,
    endowment: result.notes.endowment,
    parseMs: median(parseMs),
    computeMs: median(computeMs),
    cpuUserMs: process.cpuUsage().user / 1000,
}));
