# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard_import.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_ImportWizardImportPage(object):
    def setupUi(self, ImportWizardImportPage):
        if not ImportWizardImportPage.objectName():
            ImportWizardImportPage.setObjectName(u"ImportWizardImportPage")
        self.importPageLayout = QVBoxLayout(ImportWizardImportPage)
        self.importPageLayout.setObjectName(u"importPageLayout")
        self.importSummary = QLabel(ImportWizardImportPage)
        self.importSummary.setObjectName(u"importSummary")
        self.importSummary.setWordWrap(True)
        self.importSummary.setTextFormat(Qt.PlainText)

        self.importPageLayout.addWidget(self.importSummary)

        self.warningsLabel = QLabel(ImportWizardImportPage)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setWordWrap(True)
        self.warningsLabel.setTextFormat(Qt.PlainText)

        self.importPageLayout.addWidget(self.warningsLabel)

        self.warningsList = QListWidget(ImportWizardImportPage)
        self.warningsList.setObjectName(u"warningsList")
        self.warningsList.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.warningsList.setAlternatingRowColors(True)

        self.importPageLayout.addWidget(self.warningsList)

        self.importRow = QHBoxLayout()
        self.importRow.setObjectName(u"importRow")
        self.importButton = QPushButton(ImportWizardImportPage)
        self.importButton.setObjectName(u"importButton")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.importButton.sizePolicy().hasHeightForWidth())
        self.importButton.setSizePolicy(sizePolicy)

        self.importRow.addWidget(self.importButton)

        self.importProgress = QProgressBar(ImportWizardImportPage)
        self.importProgress.setObjectName(u"importProgress")
        self.importProgress.setValue(0)

        self.importRow.addWidget(self.importProgress)

        self.cancelImportButton = QPushButton(ImportWizardImportPage)
        self.cancelImportButton.setObjectName(u"cancelImportButton")
        self.cancelImportButton.setAutoDefault(False)

        self.importRow.addWidget(self.cancelImportButton)


        self.importPageLayout.addLayout(self.importRow)

        self.importMessage = QLabel(ImportWizardImportPage)
        self.importMessage.setObjectName(u"importMessage")
        self.importMessage.setWordWrap(True)
        self.importMessage.setTextFormat(Qt.PlainText)
        self.importMessage.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.importPageLayout.addWidget(self.importMessage)

        self.importSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.importPageLayout.addItem(self.importSpacer)

        self.importPageLayout.setStretch(2, 1)
        QWidget.setTabOrder(self.importButton, self.cancelImportButton)
        QWidget.setTabOrder(self.cancelImportButton, self.warningsList)

        self.retranslateUi(ImportWizardImportPage)

        QMetaObject.connectSlotsByName(ImportWizardImportPage)
    # setupUi

    def retranslateUi(self, ImportWizardImportPage):
        ImportWizardImportPage.setTitle(QCoreApplication.translate("ImportWizardImportPage", u"Import", None))
        ImportWizardImportPage.setSubTitle(QCoreApplication.translate("ImportWizardImportPage", u"The rows that passed the check are imported all in one go, or none of them.", None))
        self.importButton.setText(QCoreApplication.translate("ImportWizardImportPage", u"&Import", None))
        self.cancelImportButton.setText(QCoreApplication.translate("ImportWizardImportPage", u"&Cancel import", None))
    # retranslateUi

