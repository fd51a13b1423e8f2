using System.Globalization;

namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3011 : Rule
{
    public override string Id => "DL3011";
    public override Severity Severity => Severity.Error;
    public override string Title => "Valid UNIX ports range from 0 to 65535";
    public override string Checks => """
        Fires on an `EXPOSE` port (or either end of a range such as `8000-8010`) above 65535.
        Ports given by variables are not judged.
        """;
    public override string Why => """
        A port beyond 65535 does not exist; the instruction documents something that can never
        be published and hides the real port.
        """;
    public override string Bad => """
        FROM nginx:1.27-alpine
        EXPOSE 80800
        """;
    public override string Good => """
        FROM nginx:1.27-alpine
        EXPOSE 8080/tcp
        """;
    public override string Fix => "Expose the port the service listens on, between 0 and 65535.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var expose in context.Of("EXPOSE"))
        {
            foreach (var port in expose.Body.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var number = port.Split('/')[0];
                foreach (var end in number.Split('-'))
                {
                    if (long.TryParse(end, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 65535)
                        yield return ReviewContext.At(expose, $"Port {value} is outside 0-65535.");
                }
            }
        }
    }
}
