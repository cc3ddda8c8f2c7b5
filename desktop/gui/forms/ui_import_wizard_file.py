# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard_file.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_ImportWizardFilePage(object):
    def setupUi(self, ImportWizardFilePage):
        if not ImportWizardFilePage.objectName():
            ImportWizardFilePage.setObjectName(u"ImportWizardFilePage")
        self.filePageLayout = QVBoxLayout(ImportWizardFilePage)
        self.filePageLayout.setObjectName(u"filePageLayout")
        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.pathLabel = QLabel(ImportWizardFilePage)
        self.pathLabel.setObjectName(u"pathLabel")

        self.fileRow.addWidget(self.pathLabel)

        self.pathEdit = QLineEdit(ImportWizardFilePage)
        self.pathEdit.setObjectName(u"pathEdit")
        self.pathEdit.setClearButtonEnabled(True)

        self.fileRow.addWidget(self.pathEdit)

        self.browseButton = QPushButton(ImportWizardFilePage)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileRow.addWidget(self.browseButton)


        self.filePageLayout.addLayout(self.fileRow)

        self.fileMessage = QLabel(ImportWizardFilePage)
        self.fileMessage.setObjectName(u"fileMessage")
        self.fileMessage.setWordWrap(True)
        self.fileMessage.setTextFormat(Qt.PlainText)
        self.fileMessage.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.filePageLayout.addWidget(self.fileMessage)

        self.fileSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.filePageLayout.addItem(self.fileSpacer)

#if QT_CONFIG(shortcut)
        self.pathLabel.setBuddy(self.pathEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pathEdit, self.browseButton)

        self.retranslateUi(ImportWizardFilePage)

        QMetaObject.connectSlotsByName(ImportWizardFilePage)
    # setupUi

    def retranslateUi(self, ImportWizardFilePage):
        ImportWizardFilePage.setTitle(QCoreApplication.translate("ImportWizardFilePage", u"Choose the list", None))
        ImportWizardFilePage.setSubTitle(QCoreApplication.translate("ImportWizardFilePage", u"A CSV or Excel (.xlsx) list of selected candidates: a header row, then one person per row.", None))
        self.pathLabel.setText(QCoreApplication.translate("ImportWizardFilePage", u"&File", None))
        self.pathEdit.setPlaceholderText(QCoreApplication.translate("ImportWizardFilePage", u"Type the path of a .csv or .xlsx file and press Enter, or choose Browse\u2026", None))
        self.browseButton.setText(QCoreApplication.translate("ImportWizardFilePage", u"B&rowse\u2026", None))
    # retranslateUi

