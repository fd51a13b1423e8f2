FROM node:20-bookworm-slim
WORKDIR /usr/src/app
ONBUILD ARG NODE_ENV=production
ONBUILD ENV NODE_ENV=$NODE_ENV
ONBUILD COPY package.json package-lock.json ./
ONBUILD RUN npm ci
ONBUILD COPY . .
CMD ["npm", "start"]
