FROM node:18-bullseye-slim
WORKDIR /usr/src/app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile --production && yarn cache clean
COPY . .
EXPOSE 8080
CMD [ "node", "server.js" ]
