"""Tests for skill/scripts/scaffold_docker.py.

Run from the repository root:  python3 -m unittest discover -s tests/scripts -v
or:                             python3 tests/scripts/test_scaffold_docker.py
(the second form ends with one line: 'scaffold_docker tests: N passed, M failed').

Each test copies the script into a fresh temporary tree, so a docker-mastery build in this
repository cannot change what the script finds, and puts fake `docker-mastery` and `dotnet`
executables on a PATH that holds nothing else. The fakes record the argv they receive.
"""

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import textwrap
import unittest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = os.path.join(REPO, "skill", "scripts", "scaffold_docker.py")

FAKE = textwrap.dedent("""\
    #!{python}
    import json, os, sys
    with open(os.environ["FAKE_ARGV_FILE"], "w") as record:
        json.dump({{"program": os.path.basename(sys.argv[0]), "argv": sys.argv[1:]}}, record)
    sys.exit(int(os.environ.get("FAKE_EXIT", "0")))
    """)


class ScaffoldScriptTest(unittest.TestCase):
    def setUp(self):
        self.root = tempfile.mkdtemp(prefix="scaffold-test-")
        self.addCleanup(shutil.rmtree, self.root)
        self.scripts = os.path.join(self.root, "repo", "skill", "scripts")
        os.makedirs(self.scripts)
        self.script = os.path.join(self.scripts, "scaffold_docker.py")
        shutil.copy(SCRIPT, self.script)
        self.bin = os.path.join(self.root, "bin")
        os.makedirs(self.bin)
        self.record = os.path.join(self.root, "argv.json")
        self.out = os.path.join(self.root, "out")

    def fake(self, name):
        path = os.path.join(self.bin, name)
        with open(path, "w") as handle:
            handle.write(FAKE.format(python=sys.executable))
        os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        return path

    def run_script(self, *args, env_extra=None):
        env = {"PATH": self.bin, "FAKE_ARGV_FILE": self.record}
        env.update(env_extra or {})
        return subprocess.run([sys.executable, self.script, *args], env=env,
                              capture_output=True, text=True, timeout=60)

    def delegated(self):
        self.assertTrue(os.path.exists(self.record), "the generator was not called")
        with open(self.record) as handle:
            return json.load(handle)

    def assert_not_delegated(self):
        self.assertFalse(os.path.exists(self.record), "the generator was called")

    # Delegation

    def test_minimal_call_delegates_the_exact_argv(self):
        self.fake("docker-mastery")
        result = self.run_script("orders-api", "--tier", "1", "--lang", "python",
                                 "--path", self.out)
        self.assertEqual(0, result.returncode, result.stderr)
        self.assertEqual(
            ["scaffold", "orders-api", "--path", self.out, "--lang", "python", "--tier", "1"],
            self.delegated()["argv"])

    def test_every_option_is_passed_through(self):
        self.fake("docker-mastery")
        result = self.run_script("billing.svc", "--tier", "4", "--lang", "dotnet",
                                 "--path", self.out, "--registry", "harbor", "--ci", "gitlab",
                                 "--compose", "--services", "postgres, redis",
                                 "--multi-arch", "--force", "--dry-run")
        self.assertEqual(0, result.returncode, result.stderr)
        self.assertEqual(
            ["scaffold", "billing.svc", "--path", self.out, "--lang", "dotnet", "--tier", "4",
             "--registry", "harbor", "--ci", "gitlab", "--services", "postgres,redis",
             "--compose", "--multi-arch", "--force", "--dry-run"],
            self.delegated()["argv"])

    def test_a_path_with_shell_characters_arrives_as_one_argument(self):
        self.fake("docker-mastery")
        odd = os.path.join(self.root, "dir with spaces; $(touch pwned) `x`")
        result = self.run_script("app", "--tier", "2", "--lang", "go", "--path", odd)
        self.assertEqual(0, result.returncode, result.stderr)
        self.assertEqual(odd, self.delegated()["argv"][3])
        self.assertFalse(os.path.exists(os.path.join(self.root, "pwned")))

    def test_exit_code_of_the_generator_is_passed_through(self):
        self.fake("docker-mastery")
        result = self.run_script("app", "--tier", "3", "--lang", "rust", "--path", self.out,
                                 env_extra={"FAKE_EXIT": "3"})
        self.assertEqual(3, result.returncode)
        self.assertEqual("scaffold", self.delegated()["argv"][0])

    def test_dll_from_environment_runs_with_dotnet(self):
        self.fake("dotnet")
        self.fake("docker-mastery")  # the explicit setting wins over PATH
        dll = os.path.join(self.root, "custom", "docker-mastery.dll")
        os.makedirs(os.path.dirname(dll))
        open(dll, "w").close()
        result = self.run_script("app", "--tier", "1", "--lang", "java", "--path", self.out,
                                 env_extra={"DOCKER_MASTERY_DLL": dll})
        self.assertEqual(0, result.returncode, result.stderr)
        call = self.delegated()
        self.assertEqual("dotnet", call["program"])
        self.assertEqual([dll, "scaffold", "app", "--path", self.out, "--lang", "java",
                          "--tier", "1"], call["argv"])

    def test_repository_build_is_found_beside_the_script(self):
        self.fake("dotnet")
        repo = os.path.join(self.root, "repo")
        debug = os.path.join(repo, "src", "DockerMastery.Mcp", "bin", "Debug", "net10.0")
        release = os.path.join(repo, "src", "DockerMastery.Mcp", "bin", "Release", "net10.0")
        for folder in (debug, release):
            os.makedirs(folder)
            open(os.path.join(folder, "docker-mastery.dll"), "w").close()
        result = self.run_script("app", "--tier", "2", "--lang", "node", "--path", self.out)
        self.assertEqual(0, result.returncode, result.stderr)
        call = self.delegated()
        self.assertEqual("dotnet", call["program"])
        self.assertEqual(os.path.join(release, "docker-mastery.dll"), call["argv"][0])
        self.assertEqual("scaffold", call["argv"][1])

    # Nothing to delegate to

    def test_nothing_found_says_how_to_get_the_tool(self):
        result = self.run_script("app", "--tier", "1", "--lang", "go", "--path", self.out)
        self.assertEqual(127, result.returncode)
        self.assertIn("no 'docker-mastery' found", result.stderr)
        self.assertIn("dotnet tool install --global docker-mastery", result.stderr)
        self.assertIn("DOCKER_MASTERY_DLL", result.stderr)
        self.assertNotIn("Traceback", result.stderr)

    def test_dll_setting_that_is_not_a_file_is_named(self):
        self.fake("dotnet")
        missing = os.path.join(self.root, "nope.dll")
        result = self.run_script("app", "--tier", "1", "--lang", "go", "--path", self.out,
                                 env_extra={"DOCKER_MASTERY_DLL": missing})
        self.assertEqual(127, result.returncode)
        self.assertIn(f"DOCKER_MASTERY_DLL is set to '{missing}'", result.stderr)
        self.assert_not_delegated()

    def test_dll_without_dotnet_says_dotnet_is_missing(self):
        dll = os.path.join(self.root, "docker-mastery.dll")
        open(dll, "w").close()
        result = self.run_script("app", "--tier", "1", "--lang", "go", "--path", self.out,
                                 env_extra={"DOCKER_MASTERY_DLL": dll})
        self.assertEqual(127, result.returncode)
        self.assertIn("no 'dotnet' on PATH", result.stderr)

    # Bad arguments never reach the generator

    def assert_usage_error(self, args, *expected):
        self.fake("docker-mastery")
        result = self.run_script(*args)
        self.assertEqual(2, result.returncode, result.stderr)
        for text in expected:
            self.assertIn(text, result.stderr)
        self.assertNotIn("Traceback", result.stderr)
        self.assert_not_delegated()

    def test_bad_tier(self):
        self.assert_usage_error(["app", "--tier", "5", "--lang", "go", "--path", self.out],
                                "--tier", "invalid choice", "5")

    def test_bad_lang(self):
        self.assert_usage_error(["app", "--tier", "1", "--lang", "cobol", "--path", self.out],
                                "--lang", "invalid choice", "cobol")

    def test_bad_registry(self):
        self.assert_usage_error(["app", "--tier", "3", "--lang", "go", "--path", self.out,
                                 "--registry", "quay"], "--registry", "invalid choice", "quay")

    def test_bad_ci(self):
        self.assert_usage_error(["app", "--tier", "3", "--lang", "go", "--path", self.out,
                                 "--ci", "travis"], "--ci", "invalid choice", "travis")

    def test_bad_service_names_the_option(self):
        for value, shown in (("postgres,oracle", "'oracle'"), ("redis,,nginx", "''"),
                             ("redis;id", "'redis;id'")):
            with self.subTest(value=value):
                self.assert_usage_error(["app", "--tier", "2", "--lang", "go", "--path", self.out,
                                         "--services", value], "--services", shown,
                                        "is not one of")

    def test_missing_required_options(self):
        self.assert_usage_error(["app", "--lang", "go"], "--tier")

    def test_project_names_in_the_image_name_grammar_are_accepted(self):
        self.fake("docker-mastery")
        for name in ("a", "orders-api", "orders--api", "orders__api", "v2.api", "x" * 63):
            with self.subTest(name=name):
                result = self.run_script(name, "--tier", "1", "--lang", "go", "--path", self.out)
                self.assertEqual(0, result.returncode, result.stderr)
                self.assertEqual(name, self.delegated()["argv"][1])

    def test_project_name_outside_the_image_name_grammar(self):
        for name in ("Orders", "orders api", "a--b-", "a___b", "x" * 64, "app;rm"):
            with self.subTest(name=name):
                self.assert_usage_error([name, "--tier", "1", "--lang", "go",
                                         "--path", self.out], f"project-name '{name}'")

    def test_project_name_that_looks_like_an_option_is_refused(self):
        self.assert_usage_error(["-app", "--tier", "1", "--lang", "go", "--path", self.out],
                                "project-name")

    def test_path_that_is_a_file(self):
        existing = os.path.join(self.root, "a-file")
        open(existing, "w").close()
        self.assert_usage_error(["app", "--tier", "1", "--lang", "go", "--path", existing],
                                "exists and is not a directory")

    def test_help_lists_the_options(self):
        result = self.run_script("--help")
        self.assertEqual(0, result.returncode)
        for option in ("--tier", "--lang", "--path", "--registry", "--ci", "--compose",
                       "--services", "--multi-arch", "--force", "--dry-run"):
            self.assertIn(option, result.stdout)


def _main():
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
    passed = result.testsRun - failed - len(result.skipped)
    print(f"scaffold_docker tests: {passed} passed, {failed} failed")
    return 0 if failed == 0 and not result.skipped else 1


if __name__ == "__main__":
    sys.exit(_main())
