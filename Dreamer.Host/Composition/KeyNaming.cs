namespace Dreamer.Host.Composition;

/// <summary>Maps PascalCase property and enum names to the snake_case keys composition files use.</summary>
internal static class KeyNaming
{
    /// <summary><c>FreeAvg</c> → <c>free_avg</c>; <c>KLScale</c> → <c>kl_scale</c>.</summary>
    public static string ToSnakeCase(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var current = name[i];
            if (char.IsUpper(current) && i > 0)
            {
                var previous = name[i - 1];
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower)) builder.Append('_');
            }
            builder.Append(char.ToLowerInvariant(current));
        }
        return builder.ToString();
    }

    /// <summary>A name with case, <c>_</c> and <c>-</c> ignored, so snake, kebab and exact case compare equal.</summary>
    public static string Loose(string name) => name.Replace("_", "").Replace("-", "").ToLowerInvariant();
}
