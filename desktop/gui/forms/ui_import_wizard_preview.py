# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard_preview.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_ImportWizardPreviewPage(object):
    def setupUi(self, ImportWizardPreviewPage):
        if not ImportWizardPreviewPage.objectName():
            ImportWizardPreviewPage.setObjectName(u"ImportWizardPreviewPage")
        self.previewPageLayout = QVBoxLayout(ImportWizardPreviewPage)
        self.previewPageLayout.setObjectName(u"previewPageLayout")
        self.previewTable = QTableWidget(ImportWizardPreviewPage)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.previewTable.setTabKeyNavigation(False)
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.previewTable.setWordWrap(False)
        self.previewTable.horizontalHeader().setStretchLastSection(True)

        self.previewPageLayout.addWidget(self.previewTable)

        self.previewMessage = QLabel(ImportWizardPreviewPage)
        self.previewMessage.setObjectName(u"previewMessage")
        self.previewMessage.setWordWrap(True)
        self.previewMessage.setTextFormat(Qt.PlainText)

        self.previewPageLayout.addWidget(self.previewMessage)


        self.retranslateUi(ImportWizardPreviewPage)

        QMetaObject.connectSlotsByName(ImportWizardPreviewPage)
    # setupUi

    def retranslateUi(self, ImportWizardPreviewPage):
        ImportWizardPreviewPage.setTitle(QCoreApplication.translate("ImportWizardPreviewPage", u"Preview", None))
        ImportWizardPreviewPage.setSubTitle(QCoreApplication.translate("ImportWizardPreviewPage", u"The first rows as Rawangi reads them. A field it cannot read shows in red; the full check (age, passport validity, duplicates) comes next.", None))
    # retranslateUi

