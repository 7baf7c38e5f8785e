// The per-IP route limit holds across the API processes: 90 route previews from one address,
// spread round-robin over three processes, get 60 answers and 30 refusals (429 with Retry-After),
// as one process would give; a limit kept in each process's memory would let all 90 through.
const LIMIT = 60;
const SENT = 90;

export async function sharedRateLimit(client) {
  const body = { industry: 'courier', workMode: 'outlet', areaCode: '330302' };
  const ip = '10.99.0.1';
  const answers = [];
  for (let i = 0; i < SENT; i += 6)
    answers.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(6, SENT - i) }, () => client.once('POST', '/api/public/route', { body, ip })),
      )),
    );
  const ok = answers.filter((a) => a.status === 200).length;
  const limited = answers.filter((a) => a.status === 429);
  const servers = new Set(answers.map((a) => a.server)).size;
  const bad = [];
  if (ok !== LIMIT || limited.length !== SENT - LIMIT)
    bad.push(`${ok} answered and ${limited.length} refused of ${SENT} (limit ${LIMIT} a minute per address)`);
  if (limited.some((a) => !a.retryAfter)) bad.push('a 429 without Retry-After');
  if (servers < 3) bad.push(`only ${servers} processes answered`);
  return { name: 'the per-IP rate limit is shared by the processes', bad, note: `${ok} of ${SENT} answered` };
}
