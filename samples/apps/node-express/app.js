'use strict';

const express = require('express');

// A small in-memory task list: enough real routes to exercise a container, plus /health.
function createApp() {
  const app = express();
  const tasks = new Map();

  app.use(express.json());

  app.get('/health', (req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/tasks', (req, res) => {
    res.json(Object.fromEntries(tasks));
  });

  app.post('/tasks', (req, res) => {
    const title = req.body && req.body.title;
    if (typeof title !== 'string' || title.length === 0) {
      res.status(400).json({ error: 'title is required' });
      return;
    }
    const id = tasks.size + 1;
    tasks.set(id, title);
    res.status(201).json({ id });
  });

  app.get('/tasks/:id', (req, res) => {
    const title = tasks.get(Number(req.params.id));
    if (title === undefined) {
      res.status(404).json({ error: 'no such task' });
      return;
    }
    res.json({ title });
  });

  return app;
}

module.exports = { createApp };
