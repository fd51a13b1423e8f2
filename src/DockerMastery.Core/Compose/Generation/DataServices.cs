namespace DockerMastery.Core.Compose.Generation;

/// <summary>Databases, caches and brokers: on the internal backend network, data in named
/// volumes, passwords from secret files through the images' <c>*_FILE</c> variables.</summary>
internal static class DataServices
{
    public static void Add(StackBuilder stack, ComposeServiceKind kind)
    {
        stack.HasBackend = true;
        switch (kind)
        {
            case ComposeServiceKind.Postgres: Postgres(stack); break;
            case ComposeServiceKind.MySql: MySql(stack, "mysql", "MYSQL", "mysqladmin"); break;
            case ComposeServiceKind.MariaDb: MySql(stack, "mariadb", "MARIADB",
                "mariadb-admin"); break;
            case ComposeServiceKind.Redis: KeyValue(stack, "redis", "redis"); break;
            case ComposeServiceKind.Valkey: KeyValue(stack, "valkey", "valkey"); break;
            case ComposeServiceKind.MongoDb: Mongo(stack); break;
            case ComposeServiceKind.RabbitMq: RabbitMq(stack); break;
        }
    }

    private static void Postgres(StackBuilder stack)
    {
        var image = stack.Catalog.Image("postgres");
        var user = stack.Env.Default("POSTGRES_USER", "app",
            "PostgreSQL user the app connects as.");
        var db = stack.Env.Default("POSTGRES_DB", "app",
            "PostgreSQL database created on first start.");
        var secret = stack.Secret("postgres_password",
            "secrets/postgres_password.txt: the PostgreSQL password");

        // From PostgreSQL 18 the image keeps data under /var/lib/postgresql/<major>/docker and
        // expects the volume one level up; older majors use /var/lib/postgresql/data.
        var major = int.TryParse(image.Tag.Split('.', '-')[0], out var m) ? m : 18;
        var dataPath = major >= 18 ? "/var/lib/postgresql" : "/var/lib/postgresql/data";
        var service = stack.Service("postgres", image.ToString(),
            YamlOut.Seq(YamlOut.Text("CMD-SHELL"),
                YamlOut.Quoted("pg_isready -h 127.0.0.1 -U \"$${POSTGRES_USER}\" -d " +
                    "\"$${POSTGRES_DB}\"")),
            "1G", "1.0", "999:999", ["/tmp", "/var/run/postgresql"]);
        Data(stack, service, "postgres_data", dataPath, [secret]);
        service.Add("environment", new YamlOut.Map()
            .Add("POSTGRES_USER", user)
            .Add("POSTGRES_DB", db)
            .Add("POSTGRES_PASSWORD_FILE", $"/run/secrets/{secret}"));

        stack.AppEnvironment.Add("DATABASE_HOST", "postgres").Add("DATABASE_PORT",
            YamlOut.Quoted("5432"))
            .Add("DATABASE_NAME", db).Add("DATABASE_USER", user)
            .Add("DATABASE_PASSWORD_FILE", $"/run/secrets/{secret}");
        Grant(stack, "postgres", secret);
        stack.PublishForDevelopment("postgres", "POSTGRES_PORT", 5432, "PostgreSQL");
        stack.Override("postgres").Add("command",
            YamlOut.Seq(YamlOut.Text("postgres"), YamlOut.Text("-c"),
                YamlOut.Text("log_statement=all")));
    }

    private static void MySql(StackBuilder stack, string name, string prefix, string admin)
    {
        var user = stack.Env.Default($"{prefix}_USER", "app", $"{name} user the app connects as.");
        var db = stack.Env.Default($"{prefix}_DATABASE", "app",
            $"{name} database created on first start.");
        var password = stack.Secret($"{name}_password",
            $"secrets/{name}_password.txt: the {name} app user's password");
        var root = stack.Secret($"{name}_root_password",
            $"secrets/{name}_root_password.txt: the {name} root password");
        var service = stack.Service(name, stack.Image(name),
            YamlOut.Seq(YamlOut.Text("CMD"), YamlOut.Text(admin), YamlOut.Text("ping"),
                YamlOut.Text("-h"), YamlOut.Text("127.0.0.1"), YamlOut.Text("--silent")),
            "1G", "1.0", "999:999", ["/tmp", name == "mysql" ? "/var/run/mysqld" : "/run/mysqld"],
                "60s");
        Data(stack, service, $"{name}_data", "/var/lib/mysql", [password, root]);
        service.Add("environment", new YamlOut.Map()
            .Add($"{prefix}_USER", user)
            .Add($"{prefix}_DATABASE", db)
            .Add($"{prefix}_PASSWORD_FILE", $"/run/secrets/{password}")
            .Add($"{prefix}_ROOT_PASSWORD_FILE", $"/run/secrets/{root}"));

        stack.AppEnvironment.Add("DATABASE_HOST", name).Add("DATABASE_PORT", YamlOut.Quoted("3306"))
            .Add("DATABASE_NAME", db).Add("DATABASE_USER", user)
            .Add("DATABASE_PASSWORD_FILE", $"/run/secrets/{password}");
        Grant(stack, name, password);
        stack.PublishForDevelopment(name, $"{prefix}_PORT", 3306, name);
    }

    private static void KeyValue(StackBuilder stack, string name, string binary)
    {
        var secret = stack.Secret($"{name}_password",
            $"secrets/{name}_password.txt: the {name} password");
        var file = $"/run/secrets/{secret}";

        // The server takes the password only as an argument or config line, so a shell reads
        // the file at start; $$ keeps the $ from Compose's interpolation.
        var service = stack.Service(name, stack.Image(name),
            YamlOut.Seq(YamlOut.Text("CMD-SHELL"),
                YamlOut.Quoted($"{binary}-cli --no-auth-warning -a \"$$(cat {file})\" " +
                    "ping | grep -q PONG")),
            "512M", "0.5", "999:999", ["/tmp"]);
        Data(stack, service, $"{name}_data", "/data", [secret]);

        // The image drops root only when its first argument is the server; behind sh -c it
        // would stay root, so the user is fixed at every tier.
        service.Add("user", YamlOut.Quoted("999:999"));
        service.Add("command", YamlOut.Seq(YamlOut.Text("sh"), YamlOut.Text("-c"), YamlOut.Quoted(
            $"exec {binary}-server --appendonly yes --requirepass \"$$(cat {file})\"")));

        var prefix = name.ToUpperInvariant();
        stack.AppEnvironment.Add($"{prefix}_HOST", name).Add($"{prefix}_PORT",
            YamlOut.Quoted("6379"))
            .Add($"{prefix}_PASSWORD_FILE", file);
        Grant(stack, name, secret);
        stack.PublishForDevelopment(name, $"{prefix}_PORT", 6379, name);
    }

    private static void Mongo(StackBuilder stack)
    {
        var user = stack.Env.Default("MONGO_USER", "app",
            "MongoDB root user created on first start.");
        var secret = stack.Secret("mongo_password",
            "secrets/mongo_password.txt: the MongoDB root password");
        var service = stack.Service("mongo", stack.Image("mongo"),
            YamlOut.Seq(YamlOut.Text("CMD"), YamlOut.Text("mongosh"), YamlOut.Text("--quiet"),
                YamlOut.Text("--eval"), YamlOut.Quoted("quit(db.adminCommand('ping').ok ? 0 : 1)")),
            "1G", "1.0", "999:999", ["/tmp"], "40s");
        Data(stack, service, "mongo_data", "/data/db", [secret]);
        service.Add("environment", new YamlOut.Map()
            .Add("MONGO_INITDB_ROOT_USERNAME", user)
            .Add("MONGO_INITDB_ROOT_PASSWORD_FILE", $"/run/secrets/{secret}"));

        stack.AppEnvironment.Add("MONGO_HOST", "mongo").Add("MONGO_PORT", YamlOut.Quoted("27017"))
            .Add("MONGO_USER", user).Add("MONGO_PASSWORD_FILE", $"/run/secrets/{secret}");
        Grant(stack, "mongo", secret);
        stack.PublishForDevelopment("mongo", "MONGO_PORT", 27017, "MongoDB");
    }

    private static void RabbitMq(StackBuilder stack)
    {
        var user = stack.Env.Default("RABBITMQ_USER", "app", "RabbitMQ user the app connects as.");
        var password = stack.Secret("rabbitmq_password",
            "secrets/rabbitmq_password.txt: the RabbitMQ password (for the app)");

        // The image dropped its *_FILE variables; RabbitMQ reads the default user from a
        // conf.d fragment, so that fragment is the secret the broker gets.
        var conf = stack.Secret("rabbitmq_user_conf",
            "secrets/rabbitmq_user.conf: printf 'default_user = %s\\ndefault_pass = %s\\n' " +
            "\"$RABBITMQ_USER\" \"$(cat secrets/rabbitmq_password.txt)\" > " +
                "secrets/rabbitmq_user.conf");
        var service = stack.Service("rabbitmq", stack.Image("rabbitmq"),
            YamlOut.Seq(YamlOut.Text("CMD"), YamlOut.Text("rabbitmq-diagnostics"),
                YamlOut.Text("-q"),
                YamlOut.Text("ping")),
            "1G", "1.0", "999:999", ["/tmp"], "60s");
        stack.Volumes.Add("rabbitmq_data");
        service.Add("volumes", YamlOut.Strings(["rabbitmq_data:/var/lib/rabbitmq"]));
        service.Add("secrets", YamlOut.Seq(new YamlOut.Map()
            .Add("source", conf)
            .Add("target", "/etc/rabbitmq/conf.d/20-default-user.conf")));
        service.Add("networks", YamlOut.FlowSeq("backend"));

        stack.AppEnvironment.Add("RABBITMQ_HOST", "rabbitmq").Add("RABBITMQ_PORT",
            YamlOut.Quoted("5672"))
            .Add("RABBITMQ_USER", user).Add("RABBITMQ_PASSWORD_FILE", $"/run/secrets/{password}");
        stack.AppSecrets.Add(password);
        stack.AppDependsOn.Add("rabbitmq");
        var amqp = stack.Env.Default("RABBITMQ_PORT", "5672",
            "Host port for RabbitMQ (AMQP) in development (bound to 127.0.0.1 only).");
        var ui = stack.Env.Default("RABBITMQ_UI_PORT", "15672",
            "Host port for the RabbitMQ management UI in development (bound to 127.0.0.1 only).");
        stack.Override("rabbitmq").Add("ports", new YamlOut.List(
            [YamlOut.Quoted($"127.0.0.1:{amqp}:5672"), YamlOut.Quoted($"127.0.0.1:{ui}:15672")],
            Flow: false));
    }

    private static void Data(
        StackBuilder stack, YamlOut.Map service, string volume, string path,
            IEnumerable<string> secrets)
    {
        stack.Volumes.Add(volume);
        service.Add("volumes", YamlOut.Strings([$"{volume}:{path}"]));
        service.Add("secrets", YamlOut.Strings(secrets));
        service.Add("networks", YamlOut.FlowSeq("backend"));
    }

    private static void Grant(StackBuilder stack, string service, string secret)
    {
        stack.AppSecrets.Add(secret);
        stack.AppDependsOn.Add(service);
    }
}
