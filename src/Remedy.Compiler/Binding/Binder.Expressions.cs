using Remedy.Compiler.Symbols;
using Remedy.Compiler.Types;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Language;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Binding;

internal sealed partial class Binder
{
    private RemedyType BindExpression(Expression expression, BindingContext context)
    {
        var type = expression switch
        {
            CallExpression call => BindCall(call, context, asStatement: false),
            _ => BindExpressionCore(expression, context),
        };
        _types[expression] = type;
        return type;
    }

    private RemedyType BindExpressionCore(Expression expression, BindingContext context)
    {
        var file = context.File;
        switch (expression)
        {
            case IntLiteral: return BuiltinTypes.Int;
            case NumberLiteral: return BuiltinTypes.Number;
            case DurationLiteral: return BuiltinTypes.Duration;
            case PercentLiteral: return BuiltinTypes.Percent;
            case BoolLiteral: return BuiltinTypes.Bool;
            case MissingExpression: return BuiltinTypes.Error;
            case StringLiteral s:
                foreach (var part in s.Parts.OfType<StringInterpolationPart>())
                    BindExpression(part.Expression, context.AsExpression(LetActionHint));
                return BuiltinTypes.String;
            case ParenthesizedExpression p:
                return BindExpression(p.Inner, context);
            case ListExpression list:
            {
                RemedyType element = BuiltinTypes.Error;
                var first = true;
                foreach (var item in list.Items)
                {
                    var itemType = BindExpression(item, context.AsExpression(LetActionHint));
                    if (first) { element = itemType; first = false; continue; }
                    if (TypeRules.Common(element, itemType) is { } common) element = common;
                    else Report(DiagnosticCatalog.TypeMismatch, file.Path, item.Span, element.DisplayName, itemType.DisplayName, "; the items of a list must all have one type");
                }
                return new ListType(element);
            }
            case MapExpression map:
            {
                RemedyType key = BuiltinTypes.Error, value = BuiltinTypes.Error;
                var first = true;
                foreach (var entry in map.Entries)
                {
                    var k = BindExpression(entry.Key, context.AsExpression(LetActionHint));
                    var v = BindExpression(entry.Value, context.AsExpression(LetActionHint));
                    if (first) { key = k; value = v; first = false; continue; }
                    if (TypeRules.Common(key, k) is { } ck) key = ck;
                    else Report(DiagnosticCatalog.TypeMismatch, file.Path, entry.Key.Span, key.DisplayName, k.DisplayName, "; the keys of a map must all have one type");
                    if (TypeRules.Common(value, v) is { } cv) value = cv;
                    else Report(DiagnosticCatalog.TypeMismatch, file.Path, entry.Value.Span, value.DisplayName, v.DisplayName, "; the values of a map must all have one type");
                }
                return new MapType(key, value);
            }
            case RecordExpression record:
                foreach (var field in record.Fields) BindExpression(field.Value, context);
                return BuiltinTypes.Error;
            case NameExpression name:
                return BindName(name, context, asCallee: false) is { } symbol ? ValueOf(symbol, name, name.Name.Name, context) : BuiltinTypes.Error;
            case MemberExpression member:
                return BindMember(member, context);
            case IndexExpression index:
                return BindIndex(index, context);
            case UnaryExpression unary:
                return BindUnary(unary, context);
            case BinaryExpression binary:
                return BindBinary(binary, context);
            case PipeExpression pipe:
                return BindPipe(pipe, context);
            case QuantifierExpression quantifier:
            {
                var sourceType = BindExpression(quantifier.Source, context.AsExpression(LetActionHint));
                var element = ElementOf(sourceType, quantifier.Source, quantifier.Kind == QuantifierKind.All ? "'all'" : "'any'", file);
                var body = context with { Scope = context.Scope.Push("quantifier") };
                if (!quantifier.Variable.IsMissing)
                {
                    var variable = new LocalSymbol(quantifier.Variable.Name, SymbolKind.QuantifierVariable, element, file.Path, quantifier.Variable, quantifier, null);
                    _symbols[quantifier.Variable] = variable;
                    body = body.WithSymbol(variable);
                }
                ExpectCondition(quantifier.Body, "the body of a quantifier", body.AsExpression(LetActionHint));
                return BuiltinTypes.Bool;
            }
            default:
                return BuiltinTypes.Error;
        }
    }

    /// <summary>Resolves a simple name, reporting it when undefined. Returns null on error.</summary>
    private Symbol? BindName(NameExpression name, BindingContext context, bool asCallee)
    {
        var text = name.Name.Name;
        if (name.Name.IsMissing) return null;
        var symbol = context.Scope.Lookup(text);
        if (symbol is null)
        {
            var path = context.File.Path;
            if (text == "it") Report(DiagnosticCatalog.ItOutsidePipeline, path, name.Span);
            else if (text == "alert" && !context.InPlaybook) Report(DiagnosticCatalog.AlertOutsidePlaybook, path, name.Span);
            else
            {
                var candidates = context.Scope.AllNames().Where(n => n != "it");
                var hint = NameSuggestions.Hint(text, candidates);
                if (hint.Length == 0 && !asCallee && context.File.Module.Members.GetValueOrDefault(text) is ResourceSymbol)
                    hint = "; it is a resource type, not a value";
                if (hint.Length == 0 && _modules.Keys.FirstOrDefault(m => m != context.File.Module.Name && (m == text || m.EndsWith("." + text, StringComparison.Ordinal))) is { } module)
                    hint = $"; to use module '{module}', add 'import {module}' at the top of the file";
                if (hint.Length == 0 && asCallee)
                {
                    var owner = _modules.Values.Where(m => m.Members.GetValueOrDefault(text) is CallableSymbol).Select(m => m.Name).FirstOrDefault();
                    if (owner is not null) hint = $"; it is declared in module '{owner}': import it and call it through the import name";
                }
                Report(DiagnosticCatalog.UndefinedName, path, name.Span, text, hint);
            }
            return null;
        }
        _symbols[name] = symbol;
        _symbols[name.Name] = symbol;
        return symbol;
    }

    /// <summary>The type of a symbol used as a value, reporting symbols that are not values.</summary>
    private RemedyType ValueOf(Symbol symbol, Expression node, string written, BindingContext context)
    {
        switch (symbol.Kind)
        {
            case SymbolKind.Let or SymbolKind.LoopVariable or SymbolKind.QuantifierVariable or SymbolKind.It or SymbolKind.Alert
                or SymbolKind.Metric or SymbolKind.Parameter or SymbolKind.Capture or SymbolKind.Field or SymbolKind.Population:
                return symbol.Type;
            case SymbolKind.Query or SymbolKind.Action:
                Report(DiagnosticCatalog.NotAValue, context.File.Path, node.Span, written, $"a {symbol.KindText}", $"; call it: {written}(...)");
                return BuiltinTypes.Error;
            case SymbolKind.BuiltinFunction:
                Report(DiagnosticCatalog.NotAValue, context.File.Path, node.Span, written, "a built-in function", $"; call it: {written}(...)");
                return BuiltinTypes.Error;
            case SymbolKind.ImportAlias or SymbolKind.Module:
                Report(DiagnosticCatalog.NotAValue, context.File.Path, node.Span, written, "an imported module", $"; use one of its members, e.g. {written}.<query>(...)");
                return BuiltinTypes.Error;
            default:
                Report(DiagnosticCatalog.NotAValue, context.File.Path, node.Span, written, $"a {symbol.KindText}", "");
                return BuiltinTypes.Error;
        }
    }

    /// <summary>Resolves <c>alias.member</c> when the target is an import alias; otherwise returns null without reporting.</summary>
    private Symbol? ResolveModuleMember(MemberExpression member, BindingContext context, out bool isModuleAccess, bool asCallee = false)
    {
        isModuleAccess = false;
        if (member.Target is not NameExpression { Name.IsMissing: false } target) return null;
        if (context.Scope.Lookup(target.Name.Name) is not ImportAliasSymbol alias) return null;
        isModuleAccess = true;
        _symbols[target] = alias;
        _symbols[target.Name] = alias;
        if (alias.Module is null || member.Member.IsMissing) return null;
        if (alias.Module.Members.GetValueOrDefault(member.Member.Name) is { } found)
        {
            _symbols[member] = found;
            _symbols[member.Member] = found;
            return found;
        }
        var candidates = alias.Module.Members.Values.Where(m => !asCallee || m is CallableSymbol).Select(m => m.Name);
        Report(DiagnosticCatalog.UnknownMember, context.File.Path, member.Member.Span, alias.Module.Name, member.Member.Name,
            NameSuggestions.Hint(member.Member.Name, candidates));
        return null;
    }

    private RemedyType BindMember(MemberExpression member, BindingContext context)
    {
        var file = context.File;
        var moduleMember = ResolveModuleMember(member, context, out var isModuleAccess);
        if (isModuleAccess)
        {
            _types[member.Target] = BuiltinTypes.Error;
            return moduleMember is null ? BuiltinTypes.Error : ValueOf(moduleMember, member, $"{((NameExpression)member.Target).Name.Name}.{member.Member.Name}", context);
        }
        var targetType = BindExpression(member.Target, context);
        if (targetType.IsError || member.Member.IsMissing) return BuiltinTypes.Error;
        var resourceType = targetType is OptionalType { Underlying: ResourceType inner } ? inner : targetType as ResourceType;
        if (resourceType is null)
        {
            Report(DiagnosticCatalog.UnknownField, file.Path, member.Member.Span, targetType.DisplayName, member.Member.Name,
                targetType is ListType ? "; it is a list: use 'for', 'all', 'any' or '| map it." + member.Member.Name + "'" : "");
            return BuiltinTypes.Error;
        }
        var field = resourceType.Symbol.FindField(member.Member.Name);
        if (field is null)
        {
            Report(DiagnosticCatalog.UnknownField, file.Path, member.Member.Span, resourceType.Symbol.QualifiedName, member.Member.Name,
                NameSuggestions.Hint(member.Member.Name, resourceType.Symbol.Fields.Select(f => f.Name)));
            return BuiltinTypes.Error;
        }
        _symbols[member] = field;
        _symbols[member.Member] = field;
        return field.Type;
    }

    private RemedyType BindIndex(IndexExpression index, BindingContext context)
    {
        var file = context.File;
        var targetType = BindExpression(index.Target, context);
        var indexType = BindExpression(index.Index, context.AsExpression(LetActionHint));
        switch (targetType)
        {
            case { IsError: true }: return BuiltinTypes.Error;
            case MapType map:
                ExpectType(index.Index, indexType, map.Key, file, "; a map is indexed by its key type");
                return map.Value;
            case ListType list:
                ExpectType(index.Index, indexType, BuiltinTypes.Int, file, "; a list is indexed by an int position");
                return list.Element;
            default:
                Report(DiagnosticCatalog.NotIndexable, file.Path, index.Target.Span, targetType.DisplayName);
                return BuiltinTypes.Error;
        }
    }

    private RemedyType BindUnary(UnaryExpression unary, BindingContext context)
    {
        if (unary.Operator == UnaryOperator.Not)
        {
            ExpectCondition(unary.Operand, "the operand of 'not'", context);
            return BuiltinTypes.Bool;
        }
        var type = BindExpression(unary.Operand, context);
        if (type.IsError) return type;
        if (type.Kind is TypeKind.Int or TypeKind.Number or TypeKind.Duration or TypeKind.Percent) return type;
        Report(DiagnosticCatalog.TypeMismatch, context.File.Path, unary.Operand.Span, "a number, duration or percent", type.DisplayName, "; only those can be negated");
        return BuiltinTypes.Error;
    }

    private RemedyType BindBinary(BinaryExpression binary, BindingContext context)
    {
        var file = context.File;
        var op = binary.Operator;
        if (op is BinaryOperator.And or BinaryOperator.Or)
        {
            var word = op == BinaryOperator.And ? "and" : "or";
            ExpectCondition(binary.Left, $"the left operand of '{word}'", context);
            ExpectCondition(binary.Right, $"the right operand of '{word}'", context);
            return BuiltinTypes.Bool;
        }
        var left = BindExpression(binary.Left, context);
        var right = BindExpression(binary.Right, context);
        if (left.IsError || right.IsError)
            return op is BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide ? BuiltinTypes.Error : BuiltinTypes.Bool;
        var text = LanguageNames.Name(op);
        switch (op)
        {
            case BinaryOperator.Equal or BinaryOperator.NotEqual:
                if (TypeRules.Common(left, right) is null)
                    Report(DiagnosticCatalog.OperatorMismatch, file.Path, binary.Span, text, left.DisplayName, right.DisplayName, "; only values of the same type can be compared" + ComparisonHint(left, right));
                return BuiltinTypes.Bool;
            case BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual:
                if (TypeRules.Common(left, right) is not { } common)
                    Report(DiagnosticCatalog.OperatorMismatch, file.Path, binary.Span, text, left.DisplayName, right.DisplayName, "; only values of the same type can be compared" + ComparisonHint(left, right));
                else if (!TypeRules.IsOrdered(common))
                    Report(DiagnosticCatalog.OperatorMismatch, file.Path, binary.Span, text, left.DisplayName, right.DisplayName, "; only numbers, durations, percentages and strings are ordered");
                return BuiltinTypes.Bool;
            default:
                if (TypeRules.Arithmetic(op, left, right) is { } result) return result;
                Report(DiagnosticCatalog.OperatorMismatch, file.Path, binary.Span, text, left.DisplayName, right.DisplayName, TypeRules.ArithmeticHint(left, right));
                return BuiltinTypes.Error;
        }
    }

    private RemedyType BindPipe(PipeExpression pipe, BindingContext context)
    {
        var file = context.File;
        var sourceType = BindExpression(pipe.Source, context.AsExpression(LetActionHint));
        var stage = pipe.Kind switch
        {
            PipeKind.Where => "'| where'",
            PipeKind.Take => "'| take'",
            PipeKind.SortBy => "'| sort by'",
            _ => "'| map'",
        };
        var element = ElementOf(sourceType, pipe.Source, stage, file);
        var listType = sourceType as ListType ?? new ListType(BuiltinTypes.Error);
        var it = new LocalSymbol("it", SymbolKind.It, element, file.Path, null, pipe, null);
        var stageContext = context.AsExpression(LetActionHint) with { Scope = context.Scope.Push("pipeline").With(it) };
        switch (pipe.Kind)
        {
            case PipeKind.Where:
                ExpectCondition(pipe.Argument, "the '| where' condition", stageContext);
                return listType;
            case PipeKind.Take:
            {
                var count = BindExpression(pipe.Argument, context.AsExpression(LetActionHint));
                if (!count.IsError && count.Kind != TypeKind.Int)
                    Report(DiagnosticCatalog.TypeMismatch, file.Path, pipe.Argument.Span, "int", count.DisplayName, "; '| take' needs a count of items");
                return listType;
            }
            case PipeKind.SortBy:
            {
                var key = BindExpression(pipe.Argument, stageContext);
                if (!TypeRules.IsOrdered(key))
                    Report(DiagnosticCatalog.TypeMismatch, file.Path, pipe.Argument.Span, "a sortable value (int, number, duration, percent or string)", key.DisplayName, "; sort by one field, e.g. '| sort by it.age'");
                return listType;
            }
            default:
            {
                var mapped = BindExpression(pipe.Argument, stageContext);
                return new ListType(mapped);
            }
        }
    }

    private static string ComparisonHint(RemedyType left, RemedyType right) =>
        left.Kind == TypeKind.String || right.Kind == TypeKind.String
            ? "; write the literal in quotes to compare strings, e.g. \"3\""
            : TypeRules.ArithmeticHint(left, right);

    // ---- expectations --------------------------------------------------------------------

    private RemedyType ElementOf(RemedyType type, Expression source, string what, FileContext file)
    {
        if (type is ListType list) return list.Element;
        if (!type.IsError) Report(DiagnosticCatalog.NotAList, file.Path, source.Span, what, type.DisplayName);
        return BuiltinTypes.Error;
    }

    private void ExpectCondition(Expression condition, string what, BindingContext context)
    {
        var type = BindExpression(condition, context.AsExpression(LetActionHint));
        if (!type.IsError && type.Kind != TypeKind.Bool)
            Report(DiagnosticCatalog.ConditionNotBool, context.File.Path, condition.Span, what, type.DisplayName);
    }

    private void ExpectType(Expression expression, RemedyType actual, RemedyType expected, FileContext file, string hint)
    {
        if (actual.Kind == TypeKind.Void) return;
        if (!TypeRules.IsAssignable(actual, expected))
            Report(DiagnosticCatalog.TypeMismatch, file.Path, expression.Span, expected.DisplayName, actual.DisplayName, hint);
    }
}
