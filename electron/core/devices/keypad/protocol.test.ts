import { describe, expect, it } from 'vitest';
import { createLineSplitter } from './lines';
import { MAX_LINE_BYTES, owkAdapter, type KeypadOutput } from './protocol';

const { decode, encode } = owkAdapter;

describe('OWK protocol: keypad → host', () => {
  it('reads the five keys in star order, 5 = 非常满意 … 1 = 非常不满意', () => {
    expect(['5', '4', '3', '2', '1'].map((n) => decode(`RATE ${n}`))).toEqual([
      { kind: 'rate', level: 'verySatisfied', reasons: [] },
      { kind: 'rate', level: 'satisfied', reasons: [] },
      { kind: 'rate', level: 'basic', reasons: [] },
      { kind: 'rate', level: 'dissatisfied', reasons: [] },
      { kind: 'rate', level: 'veryDissatisfied', reasons: [] },
    ]);
  });

  it('reads every reason key, a repeated key once, in the order pressed', () => {
    expect(decode('RATE 1 E,S,A,V,P,O')).toEqual({
      kind: 'rate',
      level: 'veryDissatisfied',
      reasons: ['efficiency', 'serviceLevel', 'attitude', 'environment', 'process', 'other'],
    });
    expect(decode('RATE 2 A,E,A')).toEqual({ kind: 'rate', level: 'dissatisfied', reasons: ['attitude', 'efficiency'] });
  });

  it('reads SKIP and PING, in any case and with stray blanks or tabs', () => {
    expect(decode('SKIP')).toEqual({ kind: 'skip' });
    expect(decode('  ping\t')).toEqual({ kind: 'ping' });
    expect(decode('rate\t2  a,e ')).toEqual({ kind: 'rate', level: 'dissatisfied', reasons: ['attitude', 'efficiency'] });
  });

  it.each([
    ['an empty line', ''],
    ['an unknown command', 'HELLO'],
    ['a level out of range', 'RATE 0'],
    ['a level out of range', 'RATE 6'],
    ['a level that is not a digit', 'RATE five'],
    ['a level with a sign', 'RATE +5'],
    ['no level', 'RATE'],
    ['an unknown reason letter', 'RATE 1 X'],
    ['a reason word', 'RATE 1 ATTITUDE'],
    ['an empty reason', 'RATE 1 A,'],
    ['reasons without commas', 'RATE 1 A E'],
    ['arguments to SKIP', 'SKIP 5'],
    ['arguments to PING', 'PING 1'],
    ['a control byte', 'RATE 5\x00'],
    ['binary noise', '\xff\xfe\x80RATE 5'],
    ['a non-ASCII character', 'RATE 5 Ａ'],
    ['prototype keys', 'RATE __proto__ constructor'],
  ])('refuses %s (%j)', (_what, line) => {
    expect(decode(line)).toBeNull();
  });
});

describe('OWK protocol: host → keypad', () => {
  it('has one line for every output', () => {
    const outputs: KeypadOutput[] = ['ready', 'idle', 'ok', 'pong', 'reasonRequired', 'noRequest', 'bad', 'failed'];
    expect(outputs.map(encode)).toEqual(['READY', 'IDLE', 'OK', 'PONG', 'ERR REASON', 'ERR NOREQ', 'ERR BAD', 'ERR FAIL']);
  });
});

describe('line splitting', () => {
  const split = (...chunks: (string | Buffer)[]) => {
    const lines = createLineSplitter(MAX_LINE_BYTES);
    return chunks.flatMap((c) => lines.push(Buffer.isBuffer(c) ? c : Buffer.from(c, 'latin1')));
  };

  it('cuts at LF, drops a CR before it, and joins a line split across chunks', () => {
    expect(split('RATE 5\nSKIP\r\nPI', 'NG\r', '\n')).toEqual(['RATE 5', 'SKIP', 'PING']);
  });

  it('keeps a partial line until its LF comes', () => {
    expect(split('RATE 5')).toEqual([]);
  });

  it('hands bytes over one to one, so noise reaches the adapter as it came', () => {
    expect(split(Buffer.from([0xff, 0x00, 0x41, 0x0a]))).toEqual(['\xff\x00A']);
  });

  it('turns an overlong line into one null, whatever its chunks, and reads the next line normally', () => {
    const long = 'R'.repeat(MAX_LINE_BYTES + 1);
    expect(split(`${long}\nPING\n`)).toEqual([null, 'PING']);
    expect(split(long.slice(0, 40), long.slice(40), 'x'.repeat(1000), '\r\nPING\n')).toEqual([null, 'PING']);
  });

  it('takes a line of exactly the limit, with or without CR', () => {
    const full = 'R'.repeat(MAX_LINE_BYTES);
    expect(split(`${full}\n${full}\r\n`)).toEqual([full, full]);
  });

  it('answers a flood without line ends once, when its LF finally comes', () => {
    const lines = createLineSplitter(MAX_LINE_BYTES);
    for (let i = 0; i < 1000; i++) expect(lines.push(Buffer.alloc(4096, 0x55))).toEqual([]);
    expect(lines.push(Buffer.from('\nPING\n'))).toEqual([null, 'PING']);
  });
});
