import mysql from 'mysql2/promise';

it('probe: the database for this run answers', async () => {
  if (process.env.TEST_DB !== 'mariadb') {
    console.log('probe: TEST_DB=' + process.env.TEST_DB);
    return;
  }
  const conn = await mysql.createConnection(process.env.TEST_MARIADB_URL!.replace(/^mariadb:/, 'mysql:'));
  const [rows] = await conn.query('SELECT VERSION() AS v, CURRENT_USER() AS u, @@character_set_server AS cs, @@collation_server AS co');
  console.log('probe:', JSON.stringify(rows));
  await conn.end();
});
