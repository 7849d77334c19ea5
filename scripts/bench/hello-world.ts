// The baseline of `npm run bench`: an Express hello-world, run in a process of its own by the
// same Node as the service, so that the ratios say how far each page is from Express's floor.
import express from 'express';

const app = express();
app.get('/', (_req, res) => {
  res.send('Hello World!');
});
const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`Hello world is ready: http://127.0.0.1:${typeof address === 'object' ? address?.port : ''}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
