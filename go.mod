module github.com/roundcalc/roundcalc

go 1.26

require (
	github.com/maxence-charriere/go-app/v10 v10.1.11
	github.com/shopspring/decimal v1.6.0
)

require (
	github.com/google/uuid v1.6.0 // indirect
	github.com/stretchr/testify v1.12.1 // indirect
)
