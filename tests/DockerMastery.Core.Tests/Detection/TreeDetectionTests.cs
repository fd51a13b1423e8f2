using DockerMastery.Core.Detection;

namespace DockerMastery.Core.Tests.Detection;

public class TreeDetectionTests
{
    private static DetectionReport Detect(params (string Path, string Text)[] files) =>
        ProjectDetector.Detect(new ProjectFileSet([], files.ToDictionary(f => f.Path, f => f.Text)));

    [Fact]
    public void EmptyFolderSaysWhatItLookedFor()
    {
        var error = Assert.Throws<ProjectNotFoundException>(
            () => ProjectDetector.Detect(new ProjectFileSet([], null)));
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("package.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("go.mod", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FilesWithoutAnyManifestAreNotAnApp()
    {
        var error = Assert.Throws<ProjectNotFoundException>(() => Detect(("README.md", "# hi\n")));
        Assert.Contains("1 files", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoAppsInOneRepoAreBothListed()
    {
        var report = Detect(
            ("api/pyproject.toml", "[project]\nname = \"api\"\ndependencies = [\"fastapi>=0.115\"]\n"),
            ("api/uv.lock", "version = 1\n"),
            ("api/app/main.py", "from fastapi import FastAPI\n\napp = FastAPI()\n"),
            ("web/package.json", "{\"name\":\"web\",\"scripts\":{\"start\":\"node index.js\"}," +
                "\"dependencies\":{\"express\":\"^5.1.0\"}}"),
            ("web/package-lock.json", "{}"),
            ("web/index.js", "const app = require('express')();\napp.listen(4000);\n"));

        Assert.Equal(2, report.Apps.Count);
        var api = report.Apps.Single(a => a.Path == "api");
        Assert.Equal(("fastapi", "uv", "app.main:app"), (api.Framework, api.PackageManager, api.Entrypoint));
        var entry = api.Facts.Single(f => f.Name == "entrypoint");
        Assert.Equal(("api/app/main.py", 3), (entry.File, entry.Line));
        var web = report.Apps.Single(a => a.Path == "web");
        Assert.Equal(("express", "npm", "index.js", 4000), (web.Framework, web.PackageManager, web.Entrypoint, web.Port!.Value));
        Assert.Equal(2, web.Facts.Single(f => f.Name == "port").Line);
    }

    [Fact]
    public void PythonSourceLayoutAndPoetryAreRead()
    {
        var report = Detect(
            ("pyproject.toml", "[tool.poetry]\nname = \"svc\"\n\n[tool.poetry.dependencies]\n" +
                "python = \"^3.13\"\nflask = \"^3.1\"\ngunicorn = \"^23\"\n"),
            ("poetry.lock", "# lock\n"),
            ("src/svc/__init__.py", ""),
            ("src/svc/web.py", "from flask import Flask\napp = Flask(__name__)\n"),
            ("tests/test_web.py", "def test_x():\n    pass\n"));

        var app = Assert.Single(report.Apps);
        Assert.Equal("flask", app.Framework);
        Assert.Equal("poetry", app.PackageManager);
        Assert.Equal("poetry.lock", app.Lockfile);
        Assert.True(app.SourceLayout);
        Assert.Equal("svc.web:app", app.Entrypoint);
        Assert.Contains(app.Facts, f => f is { Name: "framework", Value: "flask", Line: 6 });
    }

    [Fact]
    public void DjangoEntrypointIsItsWsgiApplication()
    {
        var report = Detect(
            ("requirements.txt", "Django==5.2\ngunicorn==23.0.0\n"),
            ("manage.py", "import os\nif __name__ == '__main__':\n    pass\n"),
            ("mysite/wsgi.py", "from django.core.wsgi import get_wsgi_application\n" +
                "application = get_wsgi_application()\n"));

        var app = Assert.Single(report.Apps);
        Assert.Equal(("django", "pip", "mysite.wsgi:application"), (app.Framework, app.PackageManager, app.Entrypoint));
    }

    [Fact]
    public void NpmWorkspacesListEveryDeployableMemberAndSkipLibraries()
    {
        var report = Detect(
            ("package.json", "{\"name\":\"mono\",\"private\":true,\"workspaces\":[\"apps/*\",\"packages/*\"]}"),
            ("package-lock.json", "{}"),
            ("apps/api/package.json", "{\"name\":\"api\",\"main\":\"server.js\"," +
                "\"dependencies\":{\"fastify\":\"^5.0.0\"}}"),
            ("apps/api/server.js", "require('fastify')().listen({ port: 3001 })\n"),
            ("apps/site/package.json", "{\"name\":\"site\",\"scripts\":{\"build\":\"next build\"}," +
                "\"dependencies\":{\"next\":\"16.0.0\"}}"),
            ("apps/site/next.config.js", "module.exports = { output: 'standalone' };\n"),
            ("packages/util/package.json", "{\"name\":\"util\",\"version\":\"1.0.0\"}"));

        Assert.Equal(2, report.Apps.Count);
        Assert.All(report.Apps, a => Assert.Equal(".", a.Path));
        Assert.All(report.Apps, a => Assert.Contains("apps/api/package.json", a.Manifests));
        Assert.Contains(report.Apps, a => a is { Framework: "fastify", Entrypoint: "apps/api/server.js" });
        Assert.Contains(report.Apps, a => a is { Framework: "nextjs", HasBuildScript: true });
        Assert.Contains(report.Notes, n => n.Contains("packages/util", StringComparison.Ordinal));
    }

    [Fact]
    public void PnpmLockAndEnginesAreRead()
    {
        var report = Detect(
            ("package.json", "{\n  \"name\": \"api\",\n  \"engines\": { \"node\": \">=24\" },\n" +
                "  \"dependencies\": { \"@nestjs/core\": \"^11.0.0\" }\n}\n"),
            ("pnpm-lock.yaml", "lockfileVersion: '9.0'\n"));

        var app = Assert.Single(report.Apps);
        Assert.Equal(("nestjs", "pnpm", "dist/main.js", ">=24"),
            (app.Framework, app.PackageManager, app.Entrypoint, app.RuntimeVersion));
        Assert.Contains(app.Facts, f => f is { Name: "runtimeVersion", Line: 3 });
    }

    [Fact]
    public void GoModuleWithTwoCommandsGivesOneAppEach()
    {
        var report = Detect(
            ("go.mod", "module example.com/shop\n\ngo 1.25.0\n\ntoolchain go1.26.1\n\nrequire (\n" +
                "\tgithub.com/gin-gonic/gin v1.11.0\n)\n"),
            ("go.sum", "github.com/gin-gonic/gin v1.11.0 h1:x\n"),
            ("cmd/api/main.go", "package main\n\nfunc main() { r.Run(\":9090\") }\n"),
            ("cmd/worker/main.go", "package main\n\nfunc main() {}\n"),
            ("internal/store/store.go", "package store\n"));

        Assert.Equal(2, report.Apps.Count);
        var api = report.Select("./cmd/api");
        Assert.Equal(("gin", "1.25.0", 9090), (api.Framework, api.RuntimeVersion, api.Port!.Value));
        Assert.Contains(api.Facts, f => f is { Name: "toolchain", Value: "1.26.1", Line: 5 });
        Assert.Equal(["go.mod", "go.sum"], api.Manifests);
        Assert.Equal("./cmd/worker", report.Select("./cmd/worker").Entrypoint);
    }

    [Fact]
    public void CargoWorkspaceListsBinaryCratesOnly()
    {
        var report = Detect(
            ("Cargo.toml", "[workspace]\nmembers = [\"crates/*\"]\nresolver = \"3\"\n"),
            ("Cargo.lock", "version = 4\n"),
            ("rust-toolchain.toml", "[toolchain]\nchannel = \"1.95\"\n"),
            ("crates/server/Cargo.toml", "[package]\nname = \"server\"\nversion = \"0.1.0\"\n\n" +
                "[dependencies]\naxum = \"0.8\"\n"),
            ("crates/server/src/main.rs", "let listener = bind(\"0.0.0.0:3000\").await;\n"),
            ("crates/core/Cargo.toml", "[package]\nname = \"core\"\nversion = \"0.1.0\"\n"),
            ("crates/core/src/lib.rs", "pub fn x() {}\n"));

        var app = Assert.Single(report.Apps);
        Assert.Equal(("axum", "server", "1.95", 3000, "."),
            (app.Framework, app.Entrypoint, app.RuntimeVersion, app.Port!.Value, app.Path));
        Assert.Contains(report.Notes, n => n.Contains("crates/core", StringComparison.Ordinal));
    }

    [Fact]
    public void MavenMultiModuleFindsTheSpringBootModule()
    {
        var report = Detect(
            ("pom.xml", "<project>\n  <properties>\n    <java.version>25</java.version>\n" +
                "  </properties>\n  <modules>\n    <module>common</module>\n" +
                "    <module>app</module>\n  </modules>\n</project>\n"),
            ("mvnw", "#!/bin/sh\n"),
            ("common/pom.xml", "<project><artifactId>common</artifactId></project>\n"),
            ("app/pom.xml", "<project>\n<parent><groupId>org.springframework.boot</groupId>" +
                "</parent>\n</project>\n"),
            ("app/src/main/resources/application.properties", "server.port=8081\n"));

        var app = Assert.Single(report.Apps);
        Assert.Equal(("spring-boot", "maven", "app", "25", 8081, true),
            (app.Framework, app.PackageManager, app.Entrypoint, app.RuntimeVersion, app.Port!.Value,
                app.HasWrapper));
        Assert.Contains("app/pom.xml", app.Manifests);
    }

    [Fact]
    public void DotNetSolutionDeploysTheWebProjectAndRunsTheTestProject()
    {
        var report = Detect(
            ("Shop.sln", "Microsoft Visual Studio Solution File\n"),
            ("src/Shop.Api/Shop.Api.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n" +
                "  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n" +
                "  </PropertyGroup>\n</Project>\n"),
            ("src/Shop.Api/Program.cs", "var app = WebApplication.Create(args);\napp.Run();\n"),
            ("tests/Shop.Tests/Shop.Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n" +
                "<ItemGroup><PackageReference Include=\"Microsoft.NET.Test.Sdk\" /></ItemGroup>\n" +
                "</Project>\n"));

        var app = Assert.Single(report.Apps);
        Assert.Equal(("aspnetcore", "src/Shop.Api/Shop.Api.csproj", "10.0", true, "."),
            (app.Framework, app.Entrypoint, app.RuntimeVersion, app.HasTests, app.Path));
        Assert.Contains("tests/Shop.Tests/Shop.Tests.csproj", app.Manifests);
        Assert.Contains("Shop.sln", app.Manifests);
        Assert.Contains(app.Facts, f => f is { Name: "runtimeVersion", File: "src/Shop.Api/Shop.Api.csproj", Line: 3 });
    }

    [Fact]
    public void ClientSentPathsThatLeaveTheProjectAreRefused()
    {
        Assert.Throws<ArgumentException>(() => new ProjectFileSet(["../etc/passwd"], null));
        Assert.Throws<ArgumentException>(() => new ProjectFileSet(["/etc/passwd"], null));
        Assert.Throws<ArgumentException>(() => new ProjectFileSet(["a\nb"], null));
    }

    [Fact]
    public void SelectNamesTheAppsWhenNothingMatches()
    {
        var report = Detect(
            ("go.mod", "module x\n\ngo 1.26\n"),
            ("main.go", "package main\n\nfunc main() {}\n"));
        var error = Assert.Throws<ArgumentException>(() => report.Select("./cmd/nope"));
        Assert.Contains(". (go, .)", error.Message, StringComparison.Ordinal);
    }
}
