# docker-bake.hcl for myapp
#   docker buildx bake test            run the tests (test stage)
#   docker buildx bake --push image    build every platform and push
#   docker buildx bake image-platform  one image per platform (matrix)
# Set TAG and GIT_SHA from CI; the cache lives in the registry beside the image.

variable "REGISTRY_IMAGE" {
  default = "harbor.example.com/myapp/myapp"
}

variable "TAG" {
  default = "dev"
}

variable "GIT_SHA" {
  default = ""
}

variable "CACHE_REF" {
  default = "harbor.example.com/myapp/myapp:buildcache"
}

group "default" {
  targets = ["image"]
}

group "ci" {
  targets = ["test", "image"]
}

target "_common" {
  context    = "."
  dockerfile = "Dockerfile"
  labels = {
    "org.opencontainers.image.title"    = "myapp"
    "org.opencontainers.image.version"  = TAG
    "org.opencontainers.image.revision" = GIT_SHA
    "org.opencontainers.image.source"   = "https://github.com/myapp/myapp"
  }
  cache-from = ["type=registry,ref=${CACHE_REF}"]
}

target "test" {
  inherits = ["_common"]
  target   = "test"
  output   = ["type=cacheonly"]
}

target "image" {
  inherits  = ["_common"]
  platforms = ["linux/amd64", "linux/arm64", "linux/arm/v7"]
  tags      = ["${REGISTRY_IMAGE}:${TAG}"]
  annotations = [
    "index,manifest:org.opencontainers.image.title=myapp",
    "index,manifest:org.opencontainers.image.version=${TAG}",
    "index,manifest:org.opencontainers.image.revision=${GIT_SHA}",
    "index,manifest:org.opencontainers.image.source=https://github.com/myapp/myapp",
  ]
  attest   = ["type=provenance,mode=max", "type=sbom"]
  cache-to = ["type=registry,ref=${CACHE_REF},mode=max"]
}

target "image-platform" {
  name     = "image-${replace(replace(platform, "linux/", ""), "/", "-")}"
  inherits = ["image"]
  matrix = {
    "platform" = ["linux/amd64", "linux/arm64", "linux/arm/v7"]
  }
  platforms = [platform]
  tags      = ["${REGISTRY_IMAGE}:${TAG}-${replace(replace(platform, "linux/", ""), "/", "-")}"]
}
