using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Remedy.Syntax.Diagnostics;
using DiagnosticDescriptor = Remedy.Syntax.Diagnostics.DiagnosticDescriptor;

namespace Remedy.Compiler.Roslyn;

/// <summary>
/// Walks every syntax node of generated C# with its semantic model and rejects every symbol outside the
/// playbook API (<see cref="ApiPolicy"/>) and every construct that could escape it: unsafe code, pointers,
/// function pointers, <c>stackalloc</c>, <c>extern</c> and P/Invoke, <c>dynamic</c>, loops without a bound,
/// <c>lock</c>, finalizers, mutable fields, and types declared in namespaces the runtime trusts. Implicit calls
/// (conversions, <c>foreach</c>, <c>await</c>, collection initializers) are found through the operation tree.
/// So a bug in the emitter, or a hand-edited .cs file, cannot ship an escape.
/// </summary>
public static class ApiSurfaceCheck
{
    /// <summary>Checks a compilation.</summary>
    /// <param name="compilation">The compiled generated code.</param>
    /// <param name="trusted">
    /// Types outside the compilation that it may use as its own: for REPL submissions, the earlier submissions
    /// and the globals type. Null for an ordinary assembly.
    /// </param>
    /// <returns>Every violation, at most one per (line, what).</returns>
    public static ImmutableArray<ApiViolation> Check(CSharpCompilation compilation, Func<INamedTypeSymbol, bool>? trusted = null)
    {
        var found = new List<ApiViolation>();
        var seen = new HashSet<(string, int, string)>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var walker = new Walker(compilation, compilation.GetSemanticModel(tree), found, seen, trusted ?? (_ => false));
            walker.Run(tree.GetRoot());
        }

        return [.. found];
    }

    private sealed class Walker(CSharpCompilation compilation, SemanticModel model, List<ApiViolation> found, HashSet<(string, int, string)> seen, Func<INamedTypeSymbol, bool> trusted)
    {
        public void Run(SyntaxNode root)
        {
            foreach (var node in root.DescendantNodesAndSelf())
            {
                CheckConstruct(node);
                CheckSymbols(node);
            }

            foreach (var node in root.DescendantNodes().Where(IsBodyRoot))
            {
                if (model.GetOperation(node) is { } operation)
                {
                    foreach (var op in operation.DescendantsAndSelf())
                    {
                        CheckOperation(op, node);
                    }
                }
            }
        }

        private static bool IsBodyRoot(SyntaxNode node) =>
            node is BlockSyntax or ArrowExpressionClauseSyntax or EqualsValueClauseSyntax
            && node.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or PropertyDeclarationSyntax
                or VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } or LocalFunctionStatementSyntax
                or IndexerDeclarationSyntax or ParameterSyntax;

        private void CheckConstruct(SyntaxNode node)
        {
            switch (node)
            {
                case UnsafeStatementSyntax:
                    Construct(node, "an unsafe block", "it bypasses type and memory safety");
                    break;
                case PointerTypeSyntax:
                    Construct(node, "a pointer type", "it bypasses type and memory safety");
                    break;
                case FunctionPointerTypeSyntax:
                    Construct(node, "a function pointer", "it calls code the check cannot see");
                    break;
                case StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax:
                    Construct(node, "stackalloc", "it allocates unchecked stack memory");
                    break;
                case FixedStatementSyntax:
                    Construct(node, "a fixed statement", "it pins memory for pointers");
                    break;
                case WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax:
                    Construct(node, $"a '{node.GetFirstToken().Text}' loop", "playbooks only loop over finite lists, with foreach");
                    break;
                case GotoStatementSyntax or LabeledStatementSyntax:
                    Construct(node, "goto", "it can build a loop without a bound");
                    break;
                case LockStatementSyntax:
                    Construct(node, "a lock statement", "mutations run one at a time under the runtime, not under locks");
                    break;
                case DestructorDeclarationSyntax:
                    Construct(node, "a finalizer", "it runs on the garbage collector's thread, outside any run");
                    break;
                case MakeRefExpressionSyntax or RefTypeExpressionSyntax or RefValueExpressionSyntax:
                    Construct(node, "a typed reference", "it bypasses type safety");
                    break;
                case ExpressionSyntax when node.IsKind(SyntaxKind.ArgListExpression):
                    Construct(node, "__arglist", "it bypasses type safety");
                    break;
                case MemberDeclarationSyntax member when member.Modifiers.Any(SyntaxKind.UnsafeKeyword):
                    Construct(member.Modifiers.First(m => m.IsKind(SyntaxKind.UnsafeKeyword)), "the unsafe modifier", "it bypasses type and memory safety");
                    break;
                case LocalFunctionStatementSyntax local when local.Modifiers.Any(SyntaxKind.UnsafeKeyword) || local.Modifiers.Any(SyntaxKind.ExternKeyword):
                    Construct(node, "an unsafe or extern local function", "it bypasses the playbook API");
                    break;
                case BaseNamespaceDeclarationSyntax ns when ApiPolicy.ReservedNamespaces.Any(r => Within(ns.Name.ToString(), r)):
                    Construct(ns.Name, $"the namespace '{ns.Name}'", "the runtime trusts the names there; generated types live in Remedy.Playbooks");
                    break;
            }

            if (node is MemberDeclarationSyntax decl && decl.Modifiers.Any(SyntaxKind.ExternKeyword))
            {
                Construct(decl.Modifiers.First(m => m.IsKind(SyntaxKind.ExternKeyword)), "an extern member", "it binds to native or runtime-internal code");
            }

            // A REPL submission's top-level variables are fields of the script and are how its state carries from
            // one line to the next; only script syntax puts a field directly in the compilation unit.
            if (node is FieldDeclarationSyntax field && field.Parent is not CompilationUnitSyntax
                && !field.Modifiers.Any(SyntaxKind.ConstKeyword) && !field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword))
            {
                Construct(field, "a mutable field", "state would outlive a run or leak between runs; generated code keeps state in locals");
            }

            if (node is FieldDeclarationSyntax { } readonlyField && readonlyField.Modifiers.Any(SyntaxKind.ReadOnlyKeyword))
            {
                CheckReadonlyField(readonlyField);
            }

            if (node is PropertyDeclarationSyntax { AccessorList: { } accessors } property
                && accessors.Accessors.Any(a => a.IsKind(SyntaxKind.SetAccessorDeclaration) && a.Body is null && a.ExpressionBody is null))
            {
                Construct(property, "a mutable auto-property", "state would outlive a run or leak between runs; generated code keeps state in locals");
            }
        }

        // A readonly field can still hold a mutable object; only the manifest and immutable values may be kept in
        // static fields, and instances (shared by every run) keep nothing.
        private void CheckReadonlyField(FieldDeclarationSyntax field)
        {
            if (!field.Modifiers.Any(SyntaxKind.StaticKeyword))
            {
                Construct(field, "an instance field", "one playbook instance serves every run; generated code keeps state in locals");
                return;
            }

            var type = model.GetTypeInfo(field.Declaration.Type).Type;
            var immutable = type is INamedTypeSymbol named
                && (named.SpecialType is SpecialType.System_String or SpecialType.System_Boolean or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Double
                    || ApiPolicy.MetadataName(named) is "Remedy.Runtime.Manifest.PlaybookManifest" or "System.TimeSpan");
            if (!immutable)
            {
                Construct(field, $"a static field of type {type?.ToDisplayString() ?? "?"}", "its contents could change and outlive a run; static fields may hold only the manifest and immutable values");
            }
        }

        private static bool Within(string name, string ns) => name == ns || name.StartsWith(ns + ".", StringComparison.Ordinal);

        private void CheckSymbols(SyntaxNode node)
        {
            if (node is ExpressionSyntax or AttributeSyntax or ConstructorInitializerSyntax or PrimaryConstructorBaseTypeSyntax)
            {
                var info = model.GetSymbolInfo(node);
                CheckSymbol(info.Symbol, node);
                foreach (var candidate in info.CandidateSymbols)
                {
                    CheckSymbol(candidate, node);
                }
            }

            if (node is ExpressionSyntax expression)
            {
                var type = model.GetTypeInfo(expression);
                CheckType(type.Type, node);
                CheckType(type.ConvertedType, node);
                var conversion = model.GetConversion(expression);
                CheckSymbol(conversion.MethodSymbol, node);
            }

            if (node is MemberDeclarationSyntax or VariableDeclaratorSyntax or ParameterSyntax or TypeParameterSyntax
                or SingleVariableDesignationSyntax or ForEachStatementSyntax or LocalFunctionStatementSyntax
                or AnonymousFunctionExpressionSyntax)
            {
                CheckDeclared(model.GetDeclaredSymbol(node), node);
            }

            if (node is CommonForEachStatementSyntax forEach)
            {
                var info = model.GetForEachStatementInfo(forEach);
                CheckSymbol(info.GetEnumeratorMethod, node);
                CheckSymbol(info.MoveNextMethod, node);
                CheckSymbol(info.CurrentProperty, node);
                CheckType(info.ElementType, node);
            }

            if (node is AwaitExpressionSyntax awaitExpression)
            {
                var info = model.GetAwaitExpressionInfo(awaitExpression);
                CheckSymbol(info.GetAwaiterMethod, node);
                CheckSymbol(info.GetResultMethod, node);
            }
        }

        private void CheckOperation(IOperation operation, SyntaxNode root)
        {
            var at = operation.Syntax ?? root;
            switch (operation)
            {
                case IInvocationOperation invocation:
                    CheckSymbol(invocation.TargetMethod, at);
                    break;
                case IMemberReferenceOperation reference:
                    CheckSymbol(reference.Member, at);
                    if (operation.Parent is ISimpleAssignmentOperation assignment && assignment.Target == operation && reference.Member.IsStatic
                        && !IsOwn(reference.Member))
                    {
                        Construct(at, $"an assignment to {Describe(reference.Member)}", "it changes process-wide state");
                    }

                    break;
                case IObjectCreationOperation creation:
                    CheckSymbol(creation.Constructor, at);
                    break;
                case IConversionOperation conversion:
                    CheckSymbol(conversion.OperatorMethod, at);
                    break;
                case IBinaryOperation binary:
                    CheckSymbol(binary.OperatorMethod, at);
                    break;
                case IUnaryOperation unary:
                    CheckSymbol(unary.OperatorMethod, at);
                    break;
                case IDynamicInvocationOperation or IDynamicMemberReferenceOperation or IDynamicObjectCreationOperation or IDynamicIndexerAccessOperation:
                    Construct(at, "dynamic", "late binding reaches members the check cannot see");
                    break;
            }

            CheckType(operation.Type, at);
        }

        private void CheckDeclared(ISymbol? symbol, SyntaxNode node)
        {
            switch (symbol)
            {
                case IMethodSymbol method:
                    CheckType(method.ReturnType, node);
                    foreach (var parameter in method.Parameters)
                    {
                        CheckType(parameter.Type, node);
                    }

                    break;
                case INamedTypeSymbol type:
                    CheckType(type.BaseType, node);
                    foreach (var contract in type.Interfaces)
                    {
                        CheckType(contract, node);
                    }

                    foreach (var attribute in type.GetAttributes())
                    {
                        CheckType(attribute.AttributeClass, node);
                    }

                    break;
                case IFieldSymbol field:
                    CheckType(field.Type, node);
                    break;
                case IPropertySymbol property:
                    CheckType(property.Type, node);
                    break;
                case IEventSymbol:
                    Construct(node, "an event", "generated code has no callbacks outside the runtime's API");
                    break;
                case ILocalSymbol local:
                    CheckType(local.Type, node);
                    break;
                case IParameterSymbol parameter:
                    CheckType(parameter.Type, node);
                    break;
            }
        }

        private void CheckSymbol(ISymbol? symbol, SyntaxNode node)
        {
            switch (symbol)
            {
                case null or INamespaceSymbol or ILabelSymbol or IDiscardSymbol or IPreprocessingSymbol:
                    return;
                case ITypeSymbol type:
                    CheckType(type, node);
                    return;
                case IAliasSymbol alias:
                    CheckSymbol(alias.Target, node);
                    return;
                case ILocalSymbol local:
                    CheckType(local.Type, node);
                    return;
                case IParameterSymbol parameter:
                    CheckType(parameter.Type, node);
                    return;
                case IRangeVariableSymbol:
                    return;
            }

            if (symbol is IMethodSymbol { ReducedFrom: { } reduced })
            {
                symbol = reduced;
            }

            if (IsOwn(symbol))
            {
                return;
            }

            if (symbol.ContainingType is { } containing)
            {
                CheckType(containing, node);
                if (ApiPolicy.WhyForbidden(ApiPolicy.MetadataName(containing), symbol.Name) is { } why)
                {
                    Report(node, ForbiddenApiDescriptor, Describe(symbol), why);
                }
            }

            switch (symbol)
            {
                case IMethodSymbol method:
                    CheckType(method.ReturnType, node);
                    foreach (var argument in method.TypeArguments)
                    {
                        CheckType(argument, node);
                    }

                    foreach (var parameter in method.Parameters)
                    {
                        CheckType(parameter.Type, node);
                    }

                    if (method.MethodKind == MethodKind.FunctionPointerSignature)
                    {
                        Construct(node, "a function pointer", "it calls code the check cannot see");
                    }

                    break;
                case IPropertySymbol property:
                    CheckType(property.Type, node);
                    break;
                case IFieldSymbol field:
                    CheckType(field.Type, node);
                    break;
                case IEventSymbol:
                    Construct(node, "an event", "generated code has no callbacks outside the runtime's API");
                    break;
            }
        }

        private void CheckType(ITypeSymbol? type, SyntaxNode node)
        {
            switch (type)
            {
                case null or ITypeParameterSymbol or IErrorTypeSymbol:
                    return;
                case IDynamicTypeSymbol:
                    Construct(node, "dynamic", "late binding reaches members the check cannot see");
                    return;
                case IPointerTypeSymbol:
                    Construct(node, "a pointer type", "it bypasses type and memory safety");
                    return;
                case IFunctionPointerTypeSymbol:
                    Construct(node, "a function pointer", "it calls code the check cannot see");
                    return;
                case IArrayTypeSymbol array:
                    CheckType(array.ElementType, node);
                    return;
                case INamedTypeSymbol named:
                    if (named.IsAnonymousType || IsOwn(named))
                    {
                        foreach (var argument in named.TypeArguments)
                        {
                            CheckType(argument, node);
                        }

                        return;
                    }

                    // void appears in every signature and is no capability.
                    if (named.SpecialType == SpecialType.System_Void)
                    {
                        return;
                    }

                    var name = ApiPolicy.MetadataName(named);
                    if (ApiPolicy.WhyForbidden(name) is { } why)
                    {
                        Report(node, ForbiddenApiDescriptor, name, why);
                    }

                    foreach (var argument in named.TypeArguments)
                    {
                        CheckType(argument, node);
                    }

                    return;
            }
        }

        private bool IsOwn(ISymbol symbol) =>
            SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, compilation.Assembly)
            || (symbol as INamedTypeSymbol ?? symbol.ContainingType) is { } type && trusted(type);

        private static string Describe(ISymbol symbol) =>
            symbol.ContainingType is { } type ? ApiPolicy.MetadataName(type) + "." + symbol.Name : symbol.Name;

        private static DiagnosticDescriptor ForbiddenApiDescriptor => DiagnosticCatalog.ForbiddenApi;

        private void Construct(SyntaxNode node, string what, string why) => Report(node.GetLocation(), DiagnosticCatalog.ForbiddenConstruct, what, why);

        private void Construct(SyntaxToken token, string what, string why) => Report(token.GetLocation(), DiagnosticCatalog.ForbiddenConstruct, what, why);

        private void Report(SyntaxNode node, DiagnosticDescriptor descriptor, string what, string why) => Report(node.GetLocation(), descriptor, what, why);

        private void Report(Location location, DiagnosticDescriptor descriptor, string what, string why)
        {
            // One escape touches several nodes (a type, its member, the call): report it once per line.
            var line = location.GetMappedLineSpan();
            if (seen.Add((line.Path, line.StartLinePosition.Line, what)))
            {
                found.Add(new ApiViolation(location, descriptor, what, why));
            }
        }
    }
}
