// The parser of Remedy.Lang. Newlines are insignificant: statements end where
// an expression cannot continue, and ';' may separate items on one line.
parser grammar RemedyParser;

options { tokenVocab = RemedyLexer; }

// ---- compilation unit -------------------------------------------------------
compilationUnit
    : moduleDecl? importDecl* declaration* EOF
    ;

// Entry point for the expressions inside string interpolations and the REPL.
standaloneExpression : expression EOF ;

moduleDecl   : MODULE qualifiedName SEMI? ;
importDecl   : IMPORT qualifiedName (AS identifier)? SEMI? ;

declaration
    : resourceDecl
    | queryDecl
    | actionDecl
    | playbookDecl
    | simulationDecl
    // Accepted here only to say precisely what is wrong with them (they belong at the top).
    | importDecl
    | moduleDecl
    ;

// ---- library declarations ---------------------------------------------------
resourceDecl : RESOURCE name? LBRACE resourceField* RBRACE SEMI? ;
resourceField: name COLON typeRef (COMMA | SEMI)? ;

queryDecl    : QUERY name? parameterList (ARROW typeRef?)? LBRACE queryClause* RBRACE SEMI? ;
queryClause
    : PROVIDER STRING_LIT SEMI?                         # queryProvider
    | TIMEOUT literal SEMI?                             # queryTimeout
    | MAX_RESULTS literal SEMI?                         # queryMaxResults
    ;

actionDecl   : ACTION name? parameterList LBRACE actionClause* RBRACE SEMI? ;
actionClause
    : EFFECT identifier SEMI?                           # actionEffect
    | RISK identifier SEMI?                             # actionRisk
    | CAPTURE name ASSIGN expression SEMI?        # actionCapture
    | ROLLBACK callTarget argumentList SEMI?            # actionRollback
    | IRREVERSIBLE STRING_LIT SEMI?                     # actionIrreversible
    | TIMEOUT literal SEMI?                             # actionTimeout
    | PROVIDER STRING_LIT SEMI?                         # actionProvider
    ;

parameterList: LPAREN (parameter (COMMA parameter)* COMMA?)? RPAREN ;
parameter    : name COLON typeRef (ASSIGN expression)? ;

typeRef      : qualifiedName (LT typeRef (COMMA typeRef)* GT)? QUESTION? ;

// ---- playbooks ----------------------------------------------------------------
playbookDecl : PLAYBOOK name? LBRACE playbookItem* RBRACE SEMI? ;

playbookItem
    : TRIGGER (ALERT | RESOLVED) STRING_LIT (WHERE expression)? SEMI?         # triggerItem
    | AUTONOMY identifier SEMI?                                               # autonomyItem
    | PROMOTE TO identifier AFTER literal RUNS (WHEN expression)? SEMI?      # promoteItem
    | BLAST_RADIUS LBRACE blastRadiusClause* RBRACE SEMI?                     # blastRadiusItem
    | CIRCUIT_BREAKER LBRACE breakerClause* RBRACE SEMI?                      # circuitBreakerItem
    | RATE_LIMIT literal PER literal SEMI?                                    # rateLimitItem
    | COOLDOWN literal PER TARGET SEMI?                                       # targetCooldownItem
    | TIMEOUT literal SEMI?                                                   # timeoutItem
    | APPROVERS literal SEMI?                                                 # approversItem
    | PRIORITY literal SEMI?                                                  # priorityItem
    | letStatement                                                            # letItem
    | stepDecl                                                                # stepItem
    | verifyDecl                                                              # verifyItem
    | chooseDecl                                                              # chooseItem
    | ON (FAILURE | SUCCESS) block SEMI?                                      # handlerItem
    ;

blastRadiusClause
    : MAX_TARGETS literal SEMI?                         # maxTargetsClause
    | MAX_PERCENT literal SEMI?                         # maxPercentClause
    | SCOPE name STRING_LIT SEMI?                       # scopeClause
    ;

breakerClause
    : TRIP AFTER literal FAILURES WITHIN literal SEMI?  # tripClause
    | COOLDOWN literal SEMI?                            # breakerCooldownClause
    ;

stepDecl     : STEP name? STRING_LIT? LBRACE stepMember* RBRACE SEMI? ;
stepMember
    : RETRY literal (BACKOFF literal)? SEMI?            # retryMember
    | TIMEOUT literal SEMI?                             # stepTimeoutMember
    | APPROVERS literal SEMI?                           # stepApproversMember
    | statement                                         # statementMember
    ;

// A missing 'within' is the safety rule RMD1016 (no finite bound), not a syntax error.
verifyDecl   : VERIFY (WITHIN literal)? (EVERY literal)? LBRACE (expression SEMI?)* RBRACE SEMI? ;

chooseDecl   : CHOOSE REMEDY BY identifier argumentList? STRING_LIT? (FEATURES listLiteral)? LBRACE optionDecl* RBRACE SEMI? ;
optionDecl   : OPTION name? LBRACE optionMember* RBRACE SEMI? ;
optionMember
    : letStatement
    | stepDecl
    | verifyDecl
    ;

// ---- statements ------------------------------------------------------------
block        : LBRACE statement* RBRACE ;

statement
    : letStatement                                                       # letStmt
    | FOR identifier IN expression (BATCH expression)? (PAUSE expression)? block SEMI?  # forStmt
    | IF expression block (ELSE (ifTail | block))? SEMI?                 # ifStmt
    | WAIT expression SEMI?                                              # waitStmt
    | REQUIRE expression ELSE ABORT STRING_LIT SEMI?                     # requireStmt
    | ABORT STRING_LIT SEMI?                                             # abortStmt
    | NOTIFY expression expression SEMI?                                 # notifyStmt
    | ESCALATE expression SEMI?                                          # escalateStmt
    | ROLLBACK SEMI?                                                     # rollbackStmt
    | expression SEMI?                                                   # expressionStmt
    ;

ifTail       : IF expression block (ELSE (ifTail | block))? ;

letStatement : LET identifier (COLON typeRef)? ASSIGN expression SEMI? ;

// ---- simulations --------------------------------------------------------------
simulationDecl : SIMULATION name? FOR name LBRACE simulationItem* RBRACE SEMI? ;
simulationItem
    : INCIDENTS literal SEMI?                                                  # incidentsItem
    | SEED literal SEMI?                                                       # seedItem
    | POPULATION name literal OF typeRef recordLiteral? SEMI?                  # populationItem
    | OUTCOME name SUCCESS literal RECOVERY literal (WHEN expression)? SEMI?        # outcomeItem
    ;

// ---- expressions (lowest precedence first) ---------------------------------------
expression   : orExpr (PIPE pipeStage)* ;

pipeStage
    : WHERE orExpr                                      # whereStage
    | TAKE orExpr                                       # takeStage
    | SORT BY orExpr (DESC | ASC)?                      # sortStage
    | MAP orExpr                                        # mapStage
    ;

orExpr       : andExpr (OR andExpr)* ;
andExpr      : notExpr (AND notExpr)* ;
notExpr      : NOT notExpr | comparison ;
// Chains such as 'a < b < c' parse so that the builder can explain they are not allowed.
comparison   : additive ((EQ | NEQ | LT | LE | GT | GE) additive)* ;
additive     : multiplicative ((PLUS | MINUS) multiplicative)* ;
multiplicative : unary ((STAR | SLASH) unary)* ;
unary        : MINUS unary | postfix ;

postfix      : primary postfixOp* ;
postfixOp
    : DOT name                                          # memberOp
    | LBRACK expression RBRACK                          # indexOp
    | argumentList                                      # callOp
    ;

argumentList : LPAREN (argument (COMMA argument)* COMMA?)? RPAREN ;
argument     : (name COLON)? expression ;

primary
    : literal                                           # literalPrimary
    | listLiteral                                       # listPrimary
    | mapLiteral                                        # mapPrimary
    | (ALL | ANY) identifier IN expression COLON expression  # quantifierPrimary
    | identifier                                        # namePrimary
    | LPAREN expression RPAREN                          # parenPrimary
    ;

callTarget   : identifier (DOT name)* ;

literal
    : INT_LIT
    | NUMBER_LIT
    | DURATION_LIT
    | PERCENT_LIT
    | STRING_LIT
    | TRUE
    | FALSE
    ;

listLiteral  : LBRACK (expression (COMMA expression)* COMMA?)? RBRACK ;
mapLiteral   : LBRACE (mapEntry (COMMA mapEntry)* COMMA?)? RBRACE ;
mapEntry     : expression COLON expression ;
recordLiteral: LBRACE (recordField (COMMA recordField)* COMMA?)? RBRACE ;
recordField  : name COLON expression ;

qualifiedName: name (DOT name)* ;

// Declarations, members after '.', fields, parameters and named arguments may use
// any word, keywords included: 'prom.query(...)' and 'action notify(...)' are fine.
name
    : identifier
    | MODULE | IMPORT | AS | RESOURCE | QUERY | ACTION | PLAYBOOK | SIMULATION
    | IRREVERSIBLE | TIMEOUT | TRIGGER | AUTONOMY | PROMOTE | WHEN | BLAST_RADIUS
    | CIRCUIT_BREAKER | RATE_LIMIT | LET | STEP | FOR | IN | IF | ELSE | WAIT | REQUIRE
    | ABORT | NOTIFY | ESCALATE | ROLLBACK | RETRY | VERIFY | CHOOSE | ON | WHERE
    | ALL | ANY | AND | OR | NOT | TRUE | FALSE
    ;

// Keywords that only mean something in one clause may still name things in expressions.
identifier
    : IDENTIFIER
    | ALERT | RESOLVED | TO | AFTER | RUNS | SCOPE | TRIP | FAILURES | WITHIN
    | COOLDOWN | PER | TARGET | PRIORITY | BATCH | PAUSE | BACKOFF | EVERY
    | REMEDY | BY | FEATURES | OPTION | FAILURE | SUCCESS | INCIDENTS | SEED
    | POPULATION | OF | OUTCOME | RECOVERY | TAKE | SORT | DESC | ASC | MAP
    | EFFECT | RISK | CAPTURE | PROVIDER | MAX_RESULTS | MAX_TARGETS | MAX_PERCENT
    | APPROVERS
    ;
