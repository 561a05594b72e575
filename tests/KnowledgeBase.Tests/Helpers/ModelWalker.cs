using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Tests.Helpers;

/// <summary>
/// Walks an object graph through every field (public or not, base classes included) and every
/// item of every collection, and lists the paths at which it reaches a <see cref="Compilation"/>,
/// <see cref="ISymbol"/>, <see cref="SyntaxNode"/> or <see cref="Location"/>: things a pipeline
/// model must never hold, since they pin whole compilations and defeat caching.
/// </summary>
internal static class ModelWalker
{
    public static List<string> Forbidden(object? root, string name)
    {
        var found = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Walk(root, name, found, seen, depth: 0);
        return found;
    }

    private static void Walk(object? value, string path, List<string> found, HashSet<object> seen, int depth)
    {
        if (value is null || depth > 64) return;
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is string || value is decimal || value is Delegate) return;
        if (value is Compilation or ISymbol or SyntaxNode or Location)
        {
            found.Add($"{path}: {type.FullName}");
            return;
        }
        if (!type.IsValueType && !seen.Add(value)) return;
        if (value is Array array)
        {
            var element = type.GetElementType()!;
            if (element.IsPrimitive || element.IsEnum || element == typeof(string)) return;
            for (var i = 0; i < array.Length; i++) Walk(array.GetValue(i), $"{path}[{i}]", found, seen, depth + 1);
            return;
        }
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRefLike) continue;
                Walk(field.GetValue(value), $"{path}.{field.Name}", found, seen, depth + 1);
            }
        // Collections that keep their items out of plain fields (or behind lazy state) are walked as sequences too.
        if (!type.IsValueType && value is IEnumerable sequence and not IDictionary)
        {
            var i = 0;
            foreach (var item in sequence) Walk(item, $"{path}[{i++}]", found, seen, depth + 1);
        }
    }
}
