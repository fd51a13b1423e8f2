'use strict';

const { createApp } = require('./app');

const port = Number(process.env.PORT || 3000);
const server = createApp().listen(port, '0.0.0.0', () => {
  console.log(JSON.stringify({ msg: 'listening', port }));
});

// As PID 1 Node gets no default SIGTERM action: close the server and exit on our own.
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
