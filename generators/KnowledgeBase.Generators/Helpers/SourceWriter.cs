using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeBase.Generators.Helpers
{
    /// <summary>An indenting writer for generated C#; always "\n" line ends, four-space indents.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder = new();
        private int _indent;
        private bool _atLineStart = true;

        public SourceWriter Write(string text)
        {
            if (_atLineStart && text.Length > 0)
            {
                _builder.Append(' ', _indent * 4);
                _atLineStart = false;
            }
            _builder.Append(text);
            return this;
        }

        public SourceWriter Line(string text = "")
        {
            if (text.Length > 0) Write(text);
            _builder.Append('\n');
            _atLineStart = true;
            return this;
        }

        /// <summary>Ends a line with the builder's content, without making a string of it first.</summary>
        public SourceWriter Line(StringBuilder text)
        {
            if (_atLineStart && text.Length > 0)
            {
                _builder.Append(' ', _indent * 4);
                _atLineStart = false;
            }
            _builder.Append(text).Append('\n');
            _atLineStart = true;
            return this;
        }

        public SourceWriter Open(string header)
        {
            Line(header);
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            _indent--;
            if (_indent < 0) throw new InvalidOperationException("Unbalanced Close().");
            Line("}" + suffix);
            return this;
        }

        public SourceText ToSourceText() => SourceText.From(_builder.ToString(), Encoding.UTF8);

        public override string ToString() => _builder.ToString();
    }
}
