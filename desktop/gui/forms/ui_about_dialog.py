# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTextBrowser, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(640, 560)
        self.layout = QVBoxLayout(AboutDialog)
        self.layout.setObjectName(u"layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setMinimumSize(QSize(64, 64))

        self.top.addWidget(self.iconLabel)

        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.RichText)
        self.titleLabel.setWordWrap(True)

        self.top.addWidget(self.titleLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topSpacer)


        self.layout.addLayout(self.top)

        self.factsHeading = QLabel(AboutDialog)
        self.factsHeading.setObjectName(u"factsHeading")

        self.layout.addWidget(self.factsHeading)

        self.factsText = QTextBrowser(AboutDialog)
        self.factsText.setObjectName(u"factsText")
        self.factsText.setMaximumSize(QSize(16777215, 150))

        self.layout.addWidget(self.factsText)

        self.licencesHeading = QLabel(AboutDialog)
        self.licencesHeading.setObjectName(u"licencesHeading")

        self.layout.addWidget(self.licencesHeading)

        self.licencesText = QTextBrowser(AboutDialog)
        self.licencesText.setObjectName(u"licencesText")

        self.layout.addWidget(self.licencesText)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.copyHeadButton = QPushButton(AboutDialog)
        self.copyHeadButton.setObjectName(u"copyHeadButton")

        self.buttons.addWidget(self.copyHeadButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.buttons.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttons)

        QWidget.setTabOrder(self.factsText, self.licencesText)
        QWidget.setTabOrder(self.licencesText, self.copyHeadButton)
        QWidget.setTabOrder(self.copyHeadButton, self.buttonBox)

        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About Rawangi", None))
        self.factsHeading.setText(QCoreApplication.translate("AboutDialog", u"This installation", None))
        self.licencesHeading.setText(QCoreApplication.translate("AboutDialog", u"Fonts and libraries", None))
        self.copyHeadButton.setText(QCoreApplication.translate("AboutDialog", u"&Copy the audit head hash", None))
    # retranslateUi

