namespace CollectionsInsight.Reporting.Excel;

internal enum StyleFont { Regular = 0, Bold = 1, Title = 2, Note = 3 }
