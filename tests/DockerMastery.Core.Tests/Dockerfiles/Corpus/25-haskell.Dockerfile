FROM haskell:9.6-slim AS build
WORKDIR /opt/app
COPY app.cabal cabal.project ./
RUN cabal update && cabal build --only-dependencies -j
COPY . .
RUN cabal install --installdir=/opt/bin --install-method=copy

FROM debian:bookworm-slim
COPY --from=build /opt/bin/app /usr/local/bin/app
CMD ["app"]
