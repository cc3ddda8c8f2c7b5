# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'manifest_window.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QToolButton,
    QVBoxLayout, QWidget)

class Ui_ManifestWindow(object):
    def setupUi(self, ManifestWindow):
        if not ManifestWindow.objectName():
            ManifestWindow.setObjectName(u"ManifestWindow")
        ManifestWindow.resize(1180, 860)
        self.manifestLayout = QVBoxLayout(ManifestWindow)
        self.manifestLayout.setObjectName(u"manifestLayout")
        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.revisionLabel = QLabel(ManifestWindow)
        self.revisionLabel.setObjectName(u"revisionLabel")
        self.revisionLabel.setTextFormat(Qt.PlainText)

        self.toolLayout.addWidget(self.revisionLabel)

        self.revisionCombo = QComboBox(ManifestWindow)
        self.revisionCombo.setObjectName(u"revisionCombo")
        self.revisionCombo.setMinimumSize(QSize(300, 0))
        self.revisionCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.toolLayout.addWidget(self.revisionCombo)

        self.revisionSpacer = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.revisionSpacer)

        self.firstButton = QToolButton(ManifestWindow)
        self.firstButton.setObjectName(u"firstButton")
        self.firstButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.toolLayout.addWidget(self.firstButton)

        self.previousButton = QToolButton(ManifestWindow)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.toolLayout.addWidget(self.previousButton)

        self.pageLabel = QLabel(ManifestWindow)
        self.pageLabel.setObjectName(u"pageLabel")
        self.pageLabel.setTextFormat(Qt.PlainText)

        self.toolLayout.addWidget(self.pageLabel)

        self.nextButton = QToolButton(ManifestWindow)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.toolLayout.addWidget(self.nextButton)

        self.lastButton = QToolButton(ManifestWindow)
        self.lastButton.setObjectName(u"lastButton")
        self.lastButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.toolLayout.addWidget(self.lastButton)

        self.pageSpacer = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.pageSpacer)

        self.zoomOutButton = QToolButton(ManifestWindow)
        self.zoomOutButton.setObjectName(u"zoomOutButton")
        self.zoomOutButton.setText(u"\u2212")
        self.zoomOutButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.toolLayout.addWidget(self.zoomOutButton)

        self.zoomLabel = QLabel(ManifestWindow)
        self.zoomLabel.setObjectName(u"zoomLabel")
        self.zoomLabel.setTextFormat(Qt.PlainText)

        self.toolLayout.addWidget(self.zoomLabel)

        self.zoomInButton = QToolButton(ManifestWindow)
        self.zoomInButton.setObjectName(u"zoomInButton")
        self.zoomInButton.setText(u"+")
        self.zoomInButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.toolLayout.addWidget(self.zoomInButton)

        self.fitWidthButton = QToolButton(ManifestWindow)
        self.fitWidthButton.setObjectName(u"fitWidthButton")
        self.fitWidthButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.toolLayout.addWidget(self.fitWidthButton)

        self.toolSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.printButton = QPushButton(ManifestWindow)
        self.printButton.setObjectName(u"printButton")

        self.toolLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(ManifestWindow)
        self.saveButton.setObjectName(u"saveButton")

        self.toolLayout.addWidget(self.saveButton)


        self.manifestLayout.addLayout(self.toolLayout)

        self.supersededLabel = QLabel(ManifestWindow)
        self.supersededLabel.setObjectName(u"supersededLabel")
        self.supersededLabel.setWordWrap(True)
        self.supersededLabel.setTextFormat(Qt.PlainText)

        self.manifestLayout.addWidget(self.supersededLabel)

        self.pdfView = QPdfView(ManifestWindow)
        self.pdfView.setObjectName(u"pdfView")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.pdfView.sizePolicy().hasHeightForWidth())
        self.pdfView.setSizePolicy(sizePolicy)

        self.manifestLayout.addWidget(self.pdfView)

        self.messageLabel = QLabel(ManifestWindow)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.manifestLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.revisionLabel.setBuddy(self.revisionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pdfView, self.revisionCombo)
        QWidget.setTabOrder(self.revisionCombo, self.firstButton)
        QWidget.setTabOrder(self.firstButton, self.previousButton)
        QWidget.setTabOrder(self.previousButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.lastButton)
        QWidget.setTabOrder(self.lastButton, self.zoomOutButton)
        QWidget.setTabOrder(self.zoomOutButton, self.zoomInButton)
        QWidget.setTabOrder(self.zoomInButton, self.fitWidthButton)
        QWidget.setTabOrder(self.fitWidthButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)

        self.retranslateUi(ManifestWindow)

        QMetaObject.connectSlotsByName(ManifestWindow)
    # setupUi

    def retranslateUi(self, ManifestWindow):
        ManifestWindow.setWindowTitle(QCoreApplication.translate("ManifestWindow", u"Manifest", None))
        self.revisionLabel.setText(QCoreApplication.translate("ManifestWindow", u"Re&vision", None))
        self.firstButton.setText(QCoreApplication.translate("ManifestWindow", u"First", None))
        self.previousButton.setText(QCoreApplication.translate("ManifestWindow", u"Previous", None))
        self.nextButton.setText(QCoreApplication.translate("ManifestWindow", u"Next", None))
        self.lastButton.setText(QCoreApplication.translate("ManifestWindow", u"Last", None))
        self.fitWidthButton.setText(QCoreApplication.translate("ManifestWindow", u"Fit width", None))
        self.printButton.setText(QCoreApplication.translate("ManifestWindow", u"&Print\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("ManifestWindow", u"&Save as PDF\u2026", None))
    # retranslateUi

