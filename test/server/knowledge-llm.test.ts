import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { seedKnowledge } from '@gig/server/seed/knowledge';
import { startApp, type LooseBody, type TestApp } from './helpers/app';

/**
 * The Q&A's optional language model (issue 13), against a stand-in speaking the OpenAI-compatible
 * chat-completions protocol: it sees only the retrieved passages; its answer is used when every
 * sentence cites a passage it was given, and dropped for the library's own answer otherwise, on an
 * HTTP error or a timeout. The public route is rate-limited per address.
 */
interface Call {
  path: string;
  auth: string | undefined;
  body: { model: string; temperature: number; messages: { role: string; content: string }[] };
}

describe('the legal Q&A with a language model', () => {
  let t: TestApp;
  let server: http.Server;
  const calls: Call[] = [];
  const timers = new Set<NodeJS.Timeout>();
  /** What the model answers, from the passages it was given (header lines "[n] 名称"). */
  let reply: (passages: string[]) => { status?: number; delayMs?: number; content?: string } = () => ({});

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        const body = JSON.parse(raw) as Call['body'];
        calls.push({ path: req.url ?? '', auth: req.headers.authorization, body });
        const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
        const passages = [...user.matchAll(/^\[(\d+)\] (.+)$/gm)].map((m) => m[2]!);
        const r = reply(passages);
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (res.destroyed) return;
          res.writeHead(r.status ?? 200, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              id: 'chatcmpl-1',
              object: 'chat.completion',
              choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: r.content ?? '' } }],
            }),
          );
        }, r.delayMs ?? 0);
        timers.add(timer);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    t = await startApp({
      QA_LLM_BASE_URL: base,
      QA_LLM_API_KEY: 'test-llm-key',
      QA_LLM_MODEL: 'law-model-1',
      QA_LLM_TIMEOUT_MS: '400',
      QA_RATE_LIMIT_PER_MINUTE: '8',
    });
    await t.app.db.transaction((em) => seedKnowledge(em));
  });
  afterAll(async () => {
    await t.close();
    for (const timer of timers) clearTimeout(timer);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const ask = (question: string) => t.api('POST', '/api/public/qa', { body: { question } });

  it('uses a good answer, sending the model only the question and the retrieved passages', async () => {
    reply = (p) => ({
      content: `被违法辞退的，可以参照${p[0]}主张[1]。\n经济补偿的计算另见${p[2] ?? p[1]}。[${p[2] ? 3 : 2}]`,
    });
    const res = await ask('被辞退能拿多少钱');
    expect(res.status).toBe(200);
    expect(res.body.composer).toBe('llm');
    expect(res.body.statements).toHaveLength(2);
    expect(res.body.statements[0]).toMatchObject({ cites: [1] });
    expect(res.body.answer).toContain('可以参照《劳动合同法》第');
    const numbers = res.body.citations.map((c: LooseBody) => c.n);
    for (const s of res.body.statements) for (const n of s.cites) expect(numbers).toContain(n);
    expect(res.body.next.at(-1).kind).toBe('mediator');

    const call = calls.at(-1)!;
    expect(call.path).toBe('/v1/chat/completions');
    expect(call.auth).toBe('Bearer test-llm-key');
    expect(call.body).toMatchObject({ model: 'law-model-1' });
    expect(typeof call.body.temperature).toBe('number');
    expect(call.body.messages[0]).toMatchObject({ role: 'system' });
    expect(call.body.messages[0]!.content).toContain('只能依据');
    const user = call.body.messages[1]!.content;
    expect(user).toContain('问题：被辞退能拿多少钱');
    // Exactly the passages the answer cites, no more.
    expect([...user.matchAll(/^\[(\d+)\] /gm)].map((m) => Number(m[1]))).toEqual(numbers);
  });

  it('drops an answer citing a passage it was not given, and answers from the library', async () => {
    reply = () => ({ content: '可以主张二倍赔偿金[1]。另可主张额外补偿[9]。' });
    const res = await ask('被辞退能拿多少钱');
    expect(res.body.composer).toBe('retrieval');
    expect(res.body.answer).toContain('《劳动合同法》第四十七条');
    expect(res.body.answer).not.toContain('[9]');
  });

  it('drops an answer naming an article it was not given, or a sentence without a citation', async () => {
    reply = () => ({ content: '根据劳动合同法第九十条，可以主张赔偿[1]。' });
    expect((await ask('被辞退能拿多少钱')).body.composer).toBe('retrieval');
    reply = () => ({ content: '可以主张赔偿金[1]。公司一定会赔你三倍工资。' });
    expect((await ask('被辞退能拿多少钱')).body.composer).toBe('retrieval');
  });

  it('answers from the library when the model fails or is too slow', async () => {
    reply = () => ({ status: 500, content: 'oops' });
    expect((await ask('工伤了公司不管怎么办')).body.composer).toBe('retrieval');
    reply = (p) => ({ delayMs: 1500, content: `${p[0]}[1]。` });
    const started = Date.now();
    const slow = await ask('工伤了公司不管怎么办');
    expect(slow.body.composer).toBe('retrieval');
    expect(Date.now() - started).toBeLessThan(1400);
  });

  it('limits questions per address', async () => {
    reply = () => ({ status: 500 });
    let status = 200;
    for (let i = 0; i < 10 && status === 200; i++) status = (await ask('加班不给加班费')).status;
    expect(status).toBe(429);
    const res = await ask('加班不给加班费');
    expect(res.body.code).toBe('RATE_LIMITED');
  });
});
