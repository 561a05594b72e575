// JSON access with Python's dict/list semantics. Where score.py would raise (KeyError, TypeError,
// AttributeError) the port throws FormatException.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text.Json;

namespace KnowledgeBase.Tests.Gold;

public static partial class GoldScorer
{
    private static IEnumerable<JsonElement> ArticlesOf(JsonElement gold) => ItemsOf(Req(gold, "articles"), "articles");

    // d.get(name): null when absent; a JSON null comes back as a Null element.
    private static JsonElement? Get(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            throw Bad($"expected an object with '{name}', got {obj.ValueKind}");
        }
        return obj.TryGetProperty(name, out var v) ? v : null;
    }

    // d[name]
    private static JsonElement Req(JsonElement obj, string name) => Get(obj, name) ?? throw Bad($"missing key '{name}'");

    // d.get(name, []) iterated; only lists are accepted.
    private static IEnumerable<JsonElement> Items(JsonElement obj, string name) =>
        Get(obj, name) is { } v ? ItemsOf(v, name) : [];

    private static IEnumerable<JsonElement> ItemsOf(JsonElement v, string name) => v.ValueKind == JsonValueKind.Array
        ? v.EnumerateArray()
        : throw Bad($"'{name}' must be a list, got {v.ValueKind}");

    // A value passed to norm(): None (or absent) stays null, anything else must be a str.
    private static string? Text(JsonElement? v) => v?.ValueKind switch
    {
        null or JsonValueKind.Null => null,
        JsonValueKind.String => v.Value.GetString(),
        var kind => throw Bad($"expected a string, got {kind}"),
    };

    private static string RequireString(JsonElement? v) => Text(v) ?? throw Bad("expected a string, got null");

    // `x or ""` where x is then used as a str.
    private static string OrEmpty(JsonElement? v) => Truthy(v) ? RequireString(v) : "";

    // base(d.get(name, "")): the part after the last / or \; absent is "".
    private static string BaseOr(JsonElement? v)
    {
        string name = v is null ? "" : RequireString(v).Replace('\\', '/');
        return name[(name.LastIndexOf('/') + 1)..];
    }

    // Python truthiness of a JSON value (absent counts as None).
    private static bool Truthy(JsonElement? v) => v is { } e && e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.False => false,
        JsonValueKind.String => e.GetString()!.Length > 0,
        JsonValueKind.Number => !IsZeroNumber(e.GetRawText()),
        JsonValueKind.Array => e.GetArrayLength() > 0,
        JsonValueKind.Object => e.EnumerateObject().Any(),
        _ => true,
    };

    private static bool IsZeroNumber(string raw)
    {
        foreach (char c in raw)
        {
            if (c is 'e' or 'E')
            {
                break;
            }
            if (c is >= '1' and <= '9')
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsIntegerLiteral(string raw) => raw.IndexOfAny(['.', 'e', 'E']) < 0;

    // str(d.get(name, "")): absent is "".
    private static string StrOr(JsonElement? v) => v is { } e ? PyStr(e) : "";

    // str(x) for a JSON scalar. Non-integer numbers keep their JSON spelling (Python would print
    // its float repr); lists and objects are rejected.
    private static string PyStr(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString()!,
        JsonValueKind.Null => "None",
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.Number when IsIntegerLiteral(v.GetRawText()) =>
            BigInteger.Parse(v.GetRawText(), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Number => v.GetRawText(),
        var kind => throw Bad($"expected a scalar, got {kind}"),
    };

    // A dict key / set element made from a JSON value (ids): str, int (True == 1), float or None.
    private static string IdKey(JsonElement? v)
    {
        if (v is not { } e || e.ValueKind == JsonValueKind.Null)
        {
            return "None";
        }
        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                return "s:" + e.GetString();
            case JsonValueKind.True:
                return "i:1";
            case JsonValueKind.False:
                return "i:0";
            case JsonValueKind.Number:
                string raw = e.GetRawText();
                if (IsIntegerLiteral(raw))
                {
                    return "i:" + BigInteger.Parse(raw, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                }
                double d = double.Parse(raw, CultureInfo.InvariantCulture);
                return double.IsFinite(d) && Math.Floor(d) == d
                    ? "i:" + new BigInteger(d).ToString(CultureInfo.InvariantCulture)
                    : "f:" + d.ToString("R", CultureInfo.InvariantCulture);
            default:
                throw Bad($"unhashable id: {e.ValueKind}");
        }
    }

    private static FormatException Bad(string message) => new("score.py would fail here: " + message);
}
