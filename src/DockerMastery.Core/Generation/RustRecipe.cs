using DockerMastery.Core.Detection;
using Scriban.Runtime;

namespace DockerMastery.Core.Generation;

/// <summary>Rust: cargo-chef caches the dependency build, <c>--locked</c> builds; Debian slim
/// at tiers 1-2, distroless cc at tier 3, and at tier 4 a static musl binary cross-linked with
/// rust-lld on the build platform into distroless static. A std-only probe serves HEALTHCHECK.</summary>
internal sealed class RustRecipe : Recipe
{
    public override Language Language => Language.Rust;

    public override string Title => "Rust";

    public override ProjectProfile Defaults { get; } = new()
    {
        Language = Language.Rust,
        Framework = "axum",
        PackageManager = "cargo",
        Lockfile = "Cargo.lock",
        Manifests = ["Cargo.toml", "Cargo.lock"],
        Entrypoint = "app",
    };

    public override IReadOnlyList<string> Frameworks { get; } =
        ["axum", "actix", "rocket", "warp", "none"];

    public override IReadOnlyList<string> PackageManagers { get; } = ["cargo"];

    public override int DefaultPort(string? framework) => 8080;

    public override string DefaultEntrypoint(ProjectProfile profile) => "app";

    public override string ValidateEntrypoint(string field, string entrypoint) =>
        InputGrammar.Identifier(field, entrypoint);

    public override IReadOnlyList<string> IgnorePatterns(ProjectProfile profile) =>
        ["target/", "**/*.rs.bk", "*.pdb"];

    public override ScriptObject Model(GenerationContext context)
    {
        var tier = context.Tier;
        var binary = context.Profile.Entrypoint!;
        var rustFrom = context.CrossFrom(context.ImageArg("RUST_IMAGE", "rust.build"));
        var runtimeFrom = tier switch
        {
            <= 2 => context.FinalFrom("RUNTIME_IMAGE", "debian"),
            3 => context.FinalFrom("RUNTIME_IMAGE", "distroless.cc"),
            _ => context.FinalFrom("RUNTIME_IMAGE", "distroless.static"),
        };

        // Tier 4 cross-compiles to static musl and links with the bundled rust-lld: pure-Rust
        // crates need no C cross toolchain; crates with C code need one added to the chef stage.
        var cross = tier >= 4;
        var target = cross ? " --target \"$(cat /rust-target)\"" : "";
        var output = cross ? "target/$(cat /rust-target)/release" : "target/release";
        var caches = "RUN --mount=type=cache,target=/usr/local/cargo/registry \\\n" +
            "    --mount=type=cache,target=/usr/local/cargo/git \\\n";

        var model = Common(context, Title);
        var chef = !context.Profile.NoDependencies;
        model["chef"] = chef;
        model["copy_manifests"] = CopyManifests(context.Profile.Manifests);
        model["plain_build"] = "RUN --mount=type=cache,target=/usr/local/cargo/registry \\\n" +
            "    --mount=type=cache,target=/src/target \\\n" +
            $"    cargo build --release --locked{target} --bin {binary} && \\\n" +
            $"    install -D \"{output}/{binary}\" /out/app";
        model["rust_from"] = rustFrom;
        model["runtime_from"] = runtimeFrom;
        model["cross"] = cross;
        model["chef_install"] = caches +
            $"    cargo install cargo-chef --locked --version {context.Catalog.Tool("cargo-chef")}";
        model["cook"] = caches + $"    cargo chef cook --release --locked{target} --recipe-path recipe.json";
        model["build"] = caches +
            $"    cargo build --release --locked{target} --bin {binary} && \\\n" +
            $"    install -D \"{output}/{binary}\" /out/app";
        model["probe"] = true;
        model["probe_build"] = cross
            ? "RUN rustc -C opt-level=2 -C linker=rust-lld --target \"$(cat /rust-target)\" \\\n" +
              "    -o /out/healthcheck /probe/main.rs"
            : "RUN rustc -C opt-level=2 -o /out/healthcheck /probe/main.rs";
        model["test"] = caches + "    cargo test --release --locked";
        model["healthcheck"] = HealthCheck(ExecForm("/usr/local/bin/healthcheck", context.HealthUrl));
        model["entrypoint"] = ExecForm("/usr/local/bin/app");
        model["env_runtime"] = Env(("PORT", context.Port.ToString()), ("RUST_LOG", "info"));
        if (cross)
        {
            context.Assumptions.Add("tier 4 links static musl binaries with rust-lld: crates " +
                "with C code (openssl-sys, ring with asm) need a C cross toolchain in the chef stage");
        }

        return model;
    }
}
