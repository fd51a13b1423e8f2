'use strict';

const test = require('node:test');
const assert = require('node:assert');
const { createApp } = require('../app');

test('health and tasks answer over HTTP', async () => {
  const server = createApp().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const health = await fetch(`${base}/health`);
    assert.strictEqual(health.status, 200);
    assert.deepStrictEqual(await health.json(), { status: 'ok' });

    const created = await fetch(`${base}/tasks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'ship it' }),
    });
    assert.strictEqual(created.status, 201);
    const { id } = await created.json();
    assert.deepStrictEqual(await (await fetch(`${base}/tasks/${id}`)).json(), { title: 'ship it' });
    assert.strictEqual((await fetch(`${base}/tasks/999`)).status, 404);
  } finally {
    server.close();
  }
});
