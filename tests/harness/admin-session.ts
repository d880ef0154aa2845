import request from 'supertest';

export const TEST_ADMIN = { email: 'redaktion@example.org', password: 'Redaktion123' };

/** Logs in like the admin panel does and returns the admin JWT. */
export async function adminToken(server: any): Promise<string> {
  const res = await request(server).post('/admin/login').send(TEST_ADMIN);
  if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.token;
}
