using System.Collections.Immutable;
using System.Globalization;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Generated;
using Remedy.Syntax.Language;
using Remedy.Syntax.Text;
using Remedy.Syntax.Tree;
using P = Remedy.Syntax.Generated.RemedyParser;

namespace Remedy.Syntax.Parsing;

/// <summary>
/// Builds our immutable tree from ANTLR's parse tree. The parse tree may be partial after
/// error recovery: every child may be missing, and the builder fills the gaps with missing
/// names and expressions so later stages always see a whole tree.
/// </summary>
internal sealed class SyntaxBuilder(SourceText source, DiagnosticBag diagnostics, int offset, List<IToken> tokens)
{
    private readonly HashSet<int> _attachedDocTokens = [];
    private readonly List<int> _attachedInOrder = [];

    public int DiagnosticCount => diagnostics.Count;

    /// <summary>The text being parsed.</summary>
    public string Text => source.Text;

    /// <summary>The number of lines of the text being parsed.</summary>
    public int LineCount => source.LineCount;

    /// <summary>How many doc comment tokens have been attached so far, to mark where one declaration's begin.</summary>
    public int AttachedDocCount => _attachedInOrder.Count;

    /// <summary>The diagnostics reported since <paramref name="count"/> were reported.</summary>
    public ImmutableArray<Diagnostic> DiagnosticsSince(int count) => diagnostics.Since(count);

    /// <summary>The doc comment tokens attached since <paramref name="count"/> were.</summary>
    public ImmutableArray<int> AttachedDocTokensSince(int count) => [.. _attachedInOrder.GetRange(count, _attachedInOrder.Count - count)];

    /// <summary>Reports again what building a reused declaration reported.</summary>
    public void Report(Diagnostic diagnostic) => diagnostics.AddExisting(diagnostic);

    /// <summary>Records the doc comments a reused declaration attached (token indices of this parse).</summary>
    public void MarkAttached(IEnumerable<int> docTokens)
    {
        foreach (var token in docTokens)
            if (_attachedDocTokens.Add(token)) _attachedInOrder.Add(token);
    }

    /// <summary>Drops what an abandoned fast parse reported, and forgets the doc comments it attached.</summary>
    public void TruncateDiagnostics(int count)
    {
        diagnostics.Truncate(count);
        _attachedDocTokens.Clear();
        _attachedInOrder.Clear();
    }

    // ---- compilation unit ------------------------------------------------------

    public CompilationUnit BuildCompilationUnit(P.CompilationUnitContext context) =>
        BuildCompilationUnit(context.moduleDecl() is { } m ? BuildModule(m) : null,
            [.. context.importDecl().Select(BuildImport)],
            [.. context.declaration().Select(BuildDeclaration).OfType<Declaration>()]);

    public CompilationUnit BuildCompilationUnit(ModuleDecl? module, ImmutableArray<ImportDecl> imports, ImmutableArray<Declaration> declarations) =>
        new(module, imports, declarations, source.GetSpan(offset, offset + source.Text.Length - offset));

    public ModuleDecl BuildModule(P.ModuleDeclContext m) => new(Name(m.qualifiedName(), m), Span(m));

    public ImportDecl BuildImport(P.ImportDeclContext i) =>
        new(Name(i.qualifiedName(), i), i.identifier() is { } alias ? Ident(alias, i) : null, Span(i));

    public Declaration? BuildDeclaration(P.DeclarationContext context) => context.GetChild(0) switch
    {
        P.ResourceDeclContext c => new ResourceDecl(DeclName(c.name(), c), Doc(c), c.resourceField().Select(BuildField).ToImmutableArray(), Span(c)),
        P.QueryDeclContext c => new QueryDecl(DeclName(c.name(), c), Doc(c), Parameters(c.parameterList()),
            ReturnType(c), c.queryClause().Select(BuildQueryClause).OfType<IQueryClause>().ToImmutableArray(), Span(c)),
        P.ActionDeclContext c => new ActionDecl(DeclName(c.name(), c), Doc(c), Parameters(c.parameterList()),
            c.actionClause().Select(BuildActionClause).OfType<IActionClause>().ToImmutableArray(), Span(c)),
        P.PlaybookDeclContext c => new PlaybookDecl(DeclName(c.name(), c), Doc(c),
            c.playbookItem().Select(BuildPlaybookMember).OfType<IPlaybookMember>().ToImmutableArray(), Span(c)),
        P.SimulationDeclContext c => BuildSimulation(c),
        P.ImportDeclContext c => Misplaced(c, "imports come before every declaration; move this import to the top of the file, after 'module'"),
        P.ModuleDeclContext c => Misplaced(c, "a file belongs to one module, declared on its first line; remove this 'module' or move the declarations below it to their own file"),
        _ => null,
    };

    private Declaration? Misplaced(ParserRuleContext c, string message)
    {
        diagnostics.Add(DiagnosticCatalog.MisplacedHeader, Span(c), message);
        return null;
    }

    private SimulationDecl BuildSimulation(P.SimulationDeclContext c)
    {
        // Both names are optional in the grammar so that a missing one is reported precisely;
        // which is which depends on the side of 'for' they stand on.
        var forIndex = c.FOR()?.Symbol.TokenIndex ?? int.MaxValue;
        var names = c.name();
        var name = names.FirstOrDefault(n => n.Start.TokenIndex < forIndex);
        var playbook = names.FirstOrDefault(n => n.Start.TokenIndex > forIndex);
        return new SimulationDecl(DeclName(name, c), Doc(c), Ident(playbook, c),
            c.simulationItem().Select(BuildSimulationItem).OfType<SimulationItem>().ToImmutableArray(), Span(c));
    }

    private TypeRef? ReturnType(P.QueryDeclContext c)
    {
        if (c.ARROW() is null) return null;
        if (c.typeRef() is { } type) return Type(type);
        var at = source.GetSpan(c.ARROW().Symbol.StopIndex + 1 + offset, c.ARROW().Symbol.StopIndex + 1 + offset);
        diagnostics.Add(DiagnosticCatalog.ExpectedToken, at, "expected a type after '->', such as 'list<Pod>' or 'number'");
        return new TypeRef(new QualifiedName([new Identifier("", at)], at), [], false, at);
    }

    /// <summary>A declaration's name; the grammar lets it be absent so the message can say exactly that.</summary>
    private Identifier DeclName(P.NameContext? name, ParserRuleContext declaration)
    {
        if (name is not null) return Ident(name, declaration);
        var keyword = declaration.Start;
        var at = source.GetSpan(keyword.StopIndex + 1 + offset, keyword.StopIndex + 1 + offset);
        diagnostics.Add(DiagnosticCatalog.ExpectedToken, at, $"expected a name after '{keyword.Text}'");
        return new Identifier("", at);
    }

    private FieldDecl BuildField(P.ResourceFieldContext c) => new(Ident(c.name(), c), Doc(c), Type(c.typeRef(), c), Span(c));

    private ImmutableArray<Parameter> Parameters(P.ParameterListContext? list) =>
        list is null
            ? []
            : list.parameter().Select(p => new Parameter(Ident(p.name(), p), Type(p.typeRef(), p), p.expression() is { } e ? BuildExpression(e) : null, Span(p))).ToImmutableArray();

    private TypeRef Type(P.TypeRefContext? c, ParserRuleContext? parent = null)
    {
        if (c is null)
        {
            var at = MissingSpan(parent);
            return new TypeRef(new QualifiedName([new Identifier("", at)], at), [], false, at);
        }
        return new TypeRef(Name(c.qualifiedName(), c), c.typeRef().Select(t => Type(t, c)).ToImmutableArray(), c.QUESTION() is not null, Span(c));
    }

    // ---- actions and queries ------------------------------------------------------

    private IQueryClause? BuildQueryClause(P.QueryClauseContext context) => context switch
    {
        P.QueryProviderContext c => new ProviderClause(String(c.STRING_LIT(), c), Span(c)),
        P.QueryTimeoutContext c => new TimeoutClause(Literal(c.literal(), c), Span(c)),
        P.QueryMaxResultsContext c => new MaxResultsClause(Literal(c.literal(), c), Span(c)),
        _ => null,
    };

    private IActionClause? BuildActionClause(P.ActionClauseContext context) => context switch
    {
        P.ActionEffectContext c => new EffectClause(Checked(Ident(c.identifier(), c), LanguageNames.Effects, DiagnosticCatalog.UnknownEffect), Span(c)),
        P.ActionRiskContext c => new RiskClause(Checked(Ident(c.identifier(), c), LanguageNames.Risks, DiagnosticCatalog.UnknownRisk), Span(c)),
        P.ActionCaptureContext c => new CaptureClause(Ident(c.name(), c), Expr(c.expression(), c), Span(c)),
        P.ActionRollbackContext c => new RollbackClause(CallFrom(c.callTarget(), c.argumentList(), c), Span(c)),
        P.ActionIrreversibleContext c => new IrreversibleClause(String(c.STRING_LIT(), c), Span(c)),
        P.ActionTimeoutContext c => new TimeoutClause(Literal(c.literal(), c), Span(c)),
        P.ActionProviderContext c => new ProviderClause(String(c.STRING_LIT(), c), Span(c)),
        _ => null,
    };

    private CallExpression CallFrom(P.CallTargetContext? target, P.ArgumentListContext? arguments, ParserRuleContext parent)
    {
        Expression callee;
        if (target is null)
        {
            callee = new MissingExpression(MissingSpan(parent));
        }
        else
        {
            var first = target.identifier();
            callee = new NameExpression(Ident(first, target), first is null ? MissingSpan(target) : Span(first));
            foreach (var member in target.name())
                callee = new MemberExpression(callee, Ident(member, target), callee.Span.Cover(Span(member)));
        }
        var args = Arguments(arguments);
        var span = arguments is null ? callee.Span : callee.Span.Cover(Span(arguments));
        return new CallExpression(callee, args, span);
    }

    // ---- playbooks ------------------------------------------------------------------

    private IPlaybookMember? BuildPlaybookMember(P.PlaybookItemContext context) => context switch
    {
        P.TriggerItemContext c => new TriggerItem(c.RESOLVED() is not null, String(c.STRING_LIT(), c), c.expression() is { } e ? BuildExpression(e) : null, Span(c)),
        P.AutonomyItemContext c => new AutonomyItem(Checked(Ident(c.identifier(), c), LanguageNames.AutonomyLevels, DiagnosticCatalog.UnknownAutonomyLevel), Span(c)),
        P.PromoteItemContext c => new PromoteItem(Checked(Ident(c.identifier(), c), LanguageNames.AutonomyLevels, DiagnosticCatalog.UnknownAutonomyLevel),
            Literal(c.literal(), c), c.expression() is { } e ? BuildExpression(e) : null, Span(c)),
        P.BlastRadiusItemContext c => new BlastRadiusItem(c.blastRadiusClause().Select(BuildBlastRadiusClause).OfType<BlastRadiusClause>().ToImmutableArray(), Span(c)),
        P.CircuitBreakerItemContext c => new CircuitBreakerItem(c.breakerClause().Select(BuildBreakerClause).OfType<BreakerClause>().ToImmutableArray(), Span(c)),
        P.RateLimitItemContext c => new RateLimitItem(Literal(c.literal(0), c), Literal(c.literal(1), c), Span(c)),
        P.TargetCooldownItemContext c => new TargetCooldownItem(Literal(c.literal(), c), Span(c)),
        P.TimeoutItemContext c => new TimeoutClause(Literal(c.literal(), c), Span(c)),
        P.ApproversItemContext c => new ApproversClause(Literal(c.literal(), c), Span(c)),
        P.PriorityItemContext c => new PriorityItem(Literal(c.literal(), c), Span(c)),
        P.LetItemContext c => BuildLet(c.letStatement()),
        P.StepItemContext c => c.stepDecl() is { } s ? BuildStep(s) : null,
        P.VerifyItemContext c => c.verifyDecl() is { } v ? BuildVerify(v) : null,
        P.ChooseItemContext c => c.chooseDecl() is { } ch ? BuildChoose(ch) : null,
        P.HandlerItemContext c => new HandlerDecl(c.SUCCESS() is not null ? HandlerKind.Success : HandlerKind.Failure, BuildBlock(c.block(), c), Span(c)),
        _ => null,
    };

    private BlastRadiusClause? BuildBlastRadiusClause(P.BlastRadiusClauseContext context) => context switch
    {
        P.MaxTargetsClauseContext c => new MaxTargetsClause(Literal(c.literal(), c), Span(c)),
        P.MaxPercentClauseContext c => new MaxPercentClause(Literal(c.literal(), c), Span(c)),
        P.ScopeClauseContext c => new ScopeClause(Ident(c.name(), c), String(c.STRING_LIT(), c), Span(c)),
        _ => null,
    };

    private BreakerClause? BuildBreakerClause(P.BreakerClauseContext context) => context switch
    {
        P.TripClauseContext c => new TripClause(Literal(c.literal(0), c), Literal(c.literal(1), c), Span(c)),
        P.BreakerCooldownClauseContext c => new BreakerCooldownClause(Literal(c.literal(), c), Span(c)),
        _ => null,
    };

    private StepDecl BuildStep(P.StepDeclContext c) =>
        new(DeclName(c.name(), c), c.STRING_LIT() is { } t ? String(t, c) : null,
            c.stepMember().Select(BuildStepMember).OfType<IStepMember>().ToImmutableArray(), Span(c));

    private IStepMember? BuildStepMember(P.StepMemberContext context) => context switch
    {
        P.RetryMemberContext c => new RetryClause(Literal(c.literal(0), c), c.literal(1) is { } b ? Literal(b, c) : null, Span(c)),
        P.StepTimeoutMemberContext c => new TimeoutClause(Literal(c.literal(), c), Span(c)),
        P.StepApproversMemberContext c => new ApproversClause(Literal(c.literal(), c), Span(c)),
        P.StatementMemberContext c => c.statement() is { } s ? BuildStatement(s) : null,
        _ => null,
    };

    private VerifyDecl BuildVerify(P.VerifyDeclContext c)
    {
        // The clauses are told apart by their keywords, as both are optional.
        var literals = c.literal();
        var index = 0;
        var within = c.WITHIN() is not null ? Literal(index < literals.Length ? literals[index++] : null, c) : null;
        var every = c.EVERY() is not null ? Literal(index < literals.Length ? literals[index] : null, c) : null;
        return new VerifyDecl(within, every, c.expression().Select(BuildExpression).ToImmutableArray(), Span(c));
    }

    private ChooseDecl BuildChoose(P.ChooseDeclContext c)
    {
        var policy = Checked(Ident(c.identifier(), c), LanguageNames.Policies, DiagnosticCatalog.UnknownPolicy);
        var fixedOption = c.STRING_LIT() is { } s ? String(s, c) : null;
        if (LanguageNames.ParsePolicy(policy.Name) == PolicyKind.Fixed && fixedOption is null)
            diagnostics.Add(DiagnosticCatalog.FixedPolicyOption, policy.Span, "the 'fixed' policy needs the option it always picks: 'choose remedy by fixed \"option_name\"'");
        else if (fixedOption is not null && LanguageNames.ParsePolicy(policy.Name) is { } kind && kind != PolicyKind.Fixed)
            diagnostics.Add(DiagnosticCatalog.FixedPolicyOption, fixedOption.Span, $"only the 'fixed' policy names an option; '{policy.Name}' learns which option to pick, so remove \"{fixedOption.Value}\"");
        var features = c.listLiteral() is { } list ? (ListExpression)BuildList(list) : null;
        var options = c.optionDecl().Select(o =>
            new OptionDecl(DeclName(o.name(), o), o.optionMember().Select(BuildOptionMember).OfType<IOptionMember>().ToImmutableArray(), Span(o))).ToImmutableArray();
        var parameters = c.argumentList() is { } arguments ? Arguments(arguments) : [];
        return new ChooseDecl(policy, parameters, fixedOption, features, options, Span(c));
    }

    private IOptionMember? BuildOptionMember(P.OptionMemberContext c) =>
        c.letStatement() is { } l ? BuildLet(l)
        : c.stepDecl() is { } s ? BuildStep(s)
        : c.verifyDecl() is { } v ? BuildVerify(v)
        : null;

    // ---- statements ----------------------------------------------------------------

    private Block BuildBlock(P.BlockContext? c, ParserRuleContext parent) =>
        c is null
            ? new Block([], MissingSpan(parent))
            : new Block(c.statement().Select(BuildStatement).OfType<Statement>().ToImmutableArray(), Span(c));

    private LetStatement? BuildLet(P.LetStatementContext? c) =>
        c is null ? null : new LetStatement(Ident(c.identifier(), c), c.typeRef() is { } t ? Type(t) : null, Expr(c.expression(), c), Span(c));

    private Statement? BuildStatement(P.StatementContext context) => context switch
    {
        P.LetStmtContext c => BuildLet(c.letStatement()),
        P.ForStmtContext c => BuildFor(c),
        P.IfStmtContext c => BuildIf(c.expression(), c.block(), c.ifTail(), c),
        P.WaitStmtContext c => new WaitStatement(Expr(c.expression(), c), Span(c)),
        P.RequireStmtContext c => new RequireStatement(Expr(c.expression(), c), String(c.STRING_LIT(), c), Span(c)),
        P.AbortStmtContext c => new AbortStatement(String(c.STRING_LIT(), c), Span(c)),
        P.NotifyStmtContext c => new NotifyStatement(Expr(c.expression(0), c), Expr(c.expression(1), c), Span(c)),
        P.EscalateStmtContext c => new EscalateStatement(Expr(c.expression(), c), Span(c)),
        P.RollbackStmtContext c => new RollbackStatement(Span(c)),
        P.ExpressionStmtContext c => new ExpressionStatement(Expr(c.expression(), c), Span(c)),
        _ => null,
    };

    private ForStatement BuildFor(P.ForStmtContext c)
    {
        // The optional clauses are told apart by the keyword before each expression.
        Expression? batch = null, pause = null;
        var expressions = c.expression();
        var index = 1;
        if (c.BATCH() is not null) batch = Expr(index < expressions.Length ? expressions[index++] : null, c);
        if (c.PAUSE() is not null) pause = Expr(index < expressions.Length ? expressions[index] : null, c);
        return new ForStatement(Ident(c.identifier(), c), Expr(expressions.FirstOrDefault(), c), batch, pause, BuildBlock(c.block(), c), Span(c));
    }

    private IfStatement BuildIf(P.ExpressionContext? condition, P.BlockContext[] blocks, P.IfTailContext? tail, ParserRuleContext c) =>
        new(Expr(condition, c), BuildBlock(blocks.FirstOrDefault(), c),
            tail is null ? null : BuildIf(tail.expression(), tail.block(), tail.ifTail(), tail),
            blocks.Length > 1 ? BuildBlock(blocks[1], c) : null, Span(c));

    // ---- simulations ----------------------------------------------------------------

    private SimulationItem? BuildSimulationItem(P.SimulationItemContext context) => context switch
    {
        P.IncidentsItemContext c => new IncidentsItem(Literal(c.literal(), c), Span(c)),
        P.SeedItemContext c => new SeedItem(Literal(c.literal(), c), Span(c)),
        P.PopulationItemContext c => new PopulationItem(Ident(c.name(), c), Literal(c.literal(), c), Type(c.typeRef(), c),
            c.recordLiteral() is { } r ? BuildRecord(r) : null, Span(c)),
        P.OutcomeItemContext c => new OutcomeItem(Ident(c.name(), c), Literal(c.literal(0), c), Literal(c.literal(1), c),
            c.expression() is { } e ? BuildExpression(e) : null, Span(c)),
        _ => null,
    };

    // ---- expressions ----------------------------------------------------------------

    public Expression BuildExpression(P.ExpressionContext? c)
    {
        if (c is null) return new MissingExpression(source.GetSpan(offset, offset));
        var result = Or(c.orExpr());
        var stages = c.pipeStage();
        foreach (var stage in stages)
        {
            result = stage switch
            {
                P.WhereStageContext s => new PipeExpression(result, PipeKind.Where, Or(s.orExpr(), s), SortDirection.Default, result.Span.Cover(Span(s))),
                P.TakeStageContext s => new PipeExpression(result, PipeKind.Take, Or(s.orExpr(), s), SortDirection.Default, result.Span.Cover(Span(s))),
                P.SortStageContext s => new PipeExpression(result, PipeKind.SortBy, Or(s.orExpr(), s),
                    s.DESC() is not null ? SortDirection.Descending : s.ASC() is not null ? SortDirection.Ascending : SortDirection.Default, result.Span.Cover(Span(s))),
                P.MapStageContext s => new PipeExpression(result, PipeKind.Map, Or(s.orExpr(), s), SortDirection.Default, result.Span.Cover(Span(s))),
                _ => result,
            };
        }
        return result;
    }

    private Expression Expr(P.ExpressionContext? c, ParserRuleContext parent) =>
        c is null ? new MissingExpression(MissingSpan(parent)) : BuildExpression(c);

    private Expression Or(P.OrExprContext? c, ParserRuleContext? parent = null) =>
        c is null ? new MissingExpression(MissingSpan(parent)) : LeftAssociative(c.andExpr().Select(And).ToList(), _ => BinaryOperator.Or, c);

    private Expression And(P.AndExprContext c) => LeftAssociative(c.notExpr().Select(Not).ToList(), _ => BinaryOperator.And, c);

    private Expression Not(P.NotExprContext c)
    {
        if (c.NOT() is not null)
            return new UnaryExpression(UnaryOperator.Not, c.notExpr() is { } inner ? Not(inner) : new MissingExpression(MissingSpan(c)), Span(c));
        return c.comparison() is { } cmp ? Comparison(cmp) : new MissingExpression(MissingSpan(c));
    }

    private Expression Comparison(P.ComparisonContext c)
    {
        var operands = c.additive();
        var left = operands.Length > 0 ? Additive(operands[0]) : new MissingExpression(MissingSpan(c));
        if (c.ChildCount < 2 || c.GetChild(1) is not ITerminalNode op) return left;
        var right = operands.Length > 1 ? Additive(operands[1]) : new MissingExpression(MissingSpan(c));
        if (operands.Length > 2)
            diagnostics.Add(DiagnosticCatalog.ChainedComparison, Span(c), c.GetText().Length <= 40 ? source.Text.Substring(Span(c).Start, Span(c).Length) : "this");
        var kind = op.Symbol.Type switch
        {
            RemedyLexer.EQ => BinaryOperator.Equal,
            RemedyLexer.NEQ => BinaryOperator.NotEqual,
            RemedyLexer.LT => BinaryOperator.Less,
            RemedyLexer.LE => BinaryOperator.LessOrEqual,
            RemedyLexer.GT => BinaryOperator.Greater,
            _ => BinaryOperator.GreaterOrEqual,
        };
        return new BinaryExpression(kind, left, right, left.Span.Cover(right.Span));
    }

    private Expression Additive(P.AdditiveContext c) =>
        LeftAssociative(c.multiplicative().Select(Multiplicative).ToList(), t => t == RemedyLexer.PLUS ? BinaryOperator.Add : BinaryOperator.Subtract, c);

    private Expression Multiplicative(P.MultiplicativeContext c) =>
        LeftAssociative(c.unary().Select(Unary).ToList(), t => t == RemedyLexer.STAR ? BinaryOperator.Multiply : BinaryOperator.Divide, c);

    private Expression LeftAssociative(List<Expression> operands, Func<int, BinaryOperator> op, ParserRuleContext c)
    {
        if (operands.Count == 0) return new MissingExpression(MissingSpan(c));
        var operatorTokens = c.children?.OfType<ITerminalNode>().Select(t => t.Symbol).ToList() ?? [];
        foreach (var token in operatorTokens.Where(t => t.Type == RemedyLexer.MINUS)) WarnIfLineContinues(token, "as a subtraction");
        var operators = operatorTokens.Select(t => t.Type).ToList();
        var result = operands[0];
        for (var i = 1; i < operands.Count; i++)
        {
            var type = i - 1 < operators.Count ? operators[i - 1] : 0;
            result = new BinaryExpression(op(type), result, operands[i], result.Span.Cover(operands[i].Span));
        }
        return result;
    }

    private Expression Unary(P.UnaryContext c)
    {
        if (c.MINUS() is not null)
        {
            var operand = c.unary() is { } inner ? Unary(inner) : new MissingExpression(MissingSpan(c));
            // A negative literal is a literal, so that '-1' formats and binds as one value.
            return operand switch
            {
                IntLiteral i => new IntLiteral(-i.Value, "-" + i.Text, Span(c)),
                NumberLiteral n => new NumberLiteral(-n.Value, "-" + n.Text, Span(c)),
                _ => new UnaryExpression(UnaryOperator.Negate, operand, Span(c)),
            };
        }
        return c.postfix() is { } p ? Postfix(p) : new MissingExpression(MissingSpan(c));
    }

    private Expression Postfix(P.PostfixContext c)
    {
        var result = c.primary() is { } primary ? Primary(primary) : new MissingExpression(MissingSpan(c));
        foreach (var op in c.postfixOp())
        {
            if (op is P.CallOpContext or P.IndexOpContext)
                WarnIfLineContinues(op.Start, op is P.CallOpContext ? "as a call" : "as an index");
            result = op switch
            {
                P.MemberOpContext m => new MemberExpression(result, Ident(m.name(), m), result.Span.Cover(Span(m))),
                P.IndexOpContext i => new IndexExpression(result, Expr(i.expression(), i), result.Span.Cover(Span(i))),
                P.CallOpContext call => new CallExpression(result, Arguments(call.argumentList()), result.Span.Cover(Span(call))),
                _ => result,
            };
        }
        return result;
    }

    private ImmutableArray<Argument> Arguments(P.ArgumentListContext? c) =>
        c is null
            ? []
            : c.argument().Select(a => new Argument(a.name() is { } n ? Ident(n, a) : null, Expr(a.expression(), a), Span(a))).ToImmutableArray();

    private Expression Primary(P.PrimaryContext context) => context switch
    {
        P.LiteralPrimaryContext c => Literal(c.literal(), c),
        P.ListPrimaryContext c => BuildList(c.listLiteral()),
        P.MapPrimaryContext c => new MapExpression(c.mapLiteral().mapEntry()
            .Select(e => new MapEntry(Expr(e.expression(0), e), Expr(e.expression(1), e), Span(e))).ToImmutableArray(), Span(c)),
        P.QuantifierPrimaryContext c => new QuantifierExpression(c.ALL() is not null ? QuantifierKind.All : QuantifierKind.Any,
            Ident(c.identifier(), c), Expr(c.expression(0), c), Expr(c.expression(1), c), Span(c)),
        P.NamePrimaryContext c => new NameExpression(Ident(c.identifier(), c), Span(c)),
        P.ParenPrimaryContext c => new ParenthesizedExpression(Expr(c.expression(), c), Span(c)),
        _ => new MissingExpression(Span(context)),
    };

    private Expression BuildList(P.ListLiteralContext c) => new ListExpression(c.expression().Select(BuildExpression).ToImmutableArray(), Span(c));

    private RecordExpression BuildRecord(P.RecordLiteralContext c) =>
        new(c.recordField().Select(f => new RecordField(Ident(f.name(), f), Expr(f.expression(), f), Span(f))).ToImmutableArray(), Span(c));

    /// <summary>
    /// Newlines do not end expressions, so a line starting with '(', '[' or '-' silently joins
    /// the line above; say so, since that is rarely what the author meant.
    /// </summary>
    private void WarnIfLineContinues(IToken token, string how)
    {
        if (token.TokenIndex <= 0) return;
        for (var i = token.TokenIndex - 1; i >= 0; i--)
        {
            var previous = tokens[i];
            if (previous.Channel != TokenConstants.DefaultChannel) continue;
            if (previous.Line < token.Line)
                diagnostics.Add(DiagnosticCatalog.LineContinuesExpression, Span(token), token.Text, how);
            return;
        }
    }

    // ---- literals ----------------------------------------------------------------------

    private Expression Literal(P.LiteralContext? c, ParserRuleContext parent)
    {
        if (c?.Start is not { } token || token.TokenIndex < 0 || token.Type == TokenConstants.EOF) return new MissingExpression(MissingSpan(parent));
        var span = Span(token);
        var text = token.Text;
        switch (token.Type)
        {
            case RemedyLexer.INT_LIT:
                if (long.TryParse(text.Replace("_", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var i)) return new IntLiteral(i, text, span);
                diagnostics.Add(DiagnosticCatalog.NumberOutOfRange, span, text, "; integers go up to 9223372036854775807");
                return new IntLiteral(0, text, span);
            case RemedyLexer.NUMBER_LIT:
                return new NumberLiteral(double.Parse(text.Replace("_", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), text, span);
            case RemedyLexer.DURATION_LIT:
                if (!LanguageNames.TryParseDuration(text, out var duration))
                    diagnostics.Add(DiagnosticCatalog.UnknownDurationUnit, span, text);
                return new DurationLiteral(duration, text, span);
            case RemedyLexer.PERCENT_LIT:
                var percent = double.Parse(text[..^1].Replace("_", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                if (percent > 100) diagnostics.Add(DiagnosticCatalog.PercentOutOfRange, span, text);
                return new PercentLiteral(percent, text, span);
            case RemedyLexer.STRING_LIT:
                return String(token);
            case RemedyLexer.TRUE:
                return new BoolLiteral(true, span);
            case RemedyLexer.FALSE:
                return new BoolLiteral(false, span);
            default:
                return new MissingExpression(span);
        }
    }

    private StringLiteral String(ITerminalNode? node, ParserRuleContext parent) =>
        node?.Symbol is { TokenIndex: >= 0 } token ? String(token) : new StringLiteral([], "", MissingSpan(parent));

    private StringLiteral String(IToken token) =>
        StringLiteralParser.Parse(token.Text, token.StartIndex + offset, source, diagnostics);

    // ---- names -------------------------------------------------------------------------

    private Identifier Ident(P.NameContext? c, ParserRuleContext parent) => IdentFrom(c, parent);

    private Identifier Ident(P.IdentifierContext? c, ParserRuleContext parent) => IdentFrom(c, parent);

    private Identifier IdentFrom(ParserRuleContext? c, ParserRuleContext parent)
    {
        if (c?.Start is not { } token || token.TokenIndex < 0 || token.Type == TokenConstants.EOF || c.exception is not null && c.ChildCount == 0)
            return new Identifier("", MissingSpan(parent));
        return new Identifier(token.Text, Span(token));
    }

    private QualifiedName Name(P.QualifiedNameContext? c, ParserRuleContext parent)
    {
        if (c is null)
        {
            var at = MissingSpan(parent);
            return new QualifiedName([new Identifier("", at)], at);
        }
        return new QualifiedName(c.name().Select(i => Ident(i, c)).ToImmutableArray(), Span(c));
    }

    private Identifier Checked(Identifier name, ImmutableArray<string> known, DiagnosticDescriptor descriptor)
    {
        if (!name.IsMissing && !known.Contains(name.Name))
            diagnostics.Add(descriptor, name.Span, name.Name, NameSuggestions.Hint(name.Name, known));
        return name;
    }

    // ---- doc comments --------------------------------------------------------------------

    private DocComment? Doc(ParserRuleContext declaration)
    {
        var index = declaration.Start.TokenIndex;
        var lines = new List<IToken>();
        for (var i = index - 1; i >= 0; i--)
        {
            var token = tokens[i];
            if (token.Type == RemedyLexer.WS)
            {
                // A blank line between the comment and the declaration detaches it.
                if (token.Text.Count(ch => ch == '\n') > 1) break;
                continue;
            }
            if (token.Type != RemedyLexer.DOC_COMMENT) break;
            lines.Add(token);
        }
        if (lines.Count == 0) return null;
        lines.Reverse();
        MarkAttached(lines.Select(line => line.TokenIndex));
        var text = string.Join("\n", lines.Select(t => t.Text[3..].StartsWith(' ') ? t.Text[4..] : t.Text[3..]));
        return new DocComment(text.TrimEnd(), Span(lines[0]).Cover(Span(lines[^1])));
    }

    public void ReportDanglingDocComments()
    {
        foreach (var token in tokens)
            if (token.Type == RemedyLexer.DOC_COMMENT && !_attachedDocTokens.Contains(token.TokenIndex))
                diagnostics.Add(DiagnosticCatalog.DanglingDocComment, Span(token));
    }

    // ---- spans ------------------------------------------------------------------------------

    private SourceSpan Span(IToken token) =>
        token.StartIndex < 0 ? source.GetSpan(offset, offset) : source.GetSpan(token.StartIndex + offset, token.StopIndex + 1 + offset);

    private SourceSpan Span(ParserRuleContext c)
    {
        var start = c.Start;
        if (start is null || start.StartIndex < 0) return source.GetSpan(offset, offset);
        if (start.Type == TokenConstants.EOF) return source.GetSpan(start.StartIndex + offset, start.StartIndex + offset);
        var stop = c.Stop;
        var end = stop is null || stop.StopIndex < start.StartIndex || stop.Type == TokenConstants.EOF ? start.StopIndex + 1 : stop.StopIndex + 1;
        return source.GetSpan(start.StartIndex + offset, end + offset);
    }

    /// <summary>Where a missing child goes: just past the last real token of its parent.</summary>
    private SourceSpan MissingSpan(ParserRuleContext? parent)
    {
        if (parent is null) return source.GetSpan(offset, offset);
        var span = Span(parent);
        return source.GetSpan(span.End, span.End);
    }
}
